window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "sam.okafor@example.com",
      "createdVia" : "web",
      "username" : "samokafor_ex",
      "accountId" : "1460000000000000001",
      "createdAt" : "2021-11-14T09:12:44.000Z",
      "accountDisplayName" : "Sam Okafor 🌍"
    }
  }
]