window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "salma.alhassan@example.org",
      "createdVia" : "web",
      "username" : "salma_fowlvet",
      "accountId" : "730187405183541248",
      "createdAt" : "2016-05-10T19:42:07.318Z",
      "accountDisplayName" : "Dr Salma Alhassan 🐓"
    }
  }
]