window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "bjorg.joensen@example.net",
      "createdVia" : "android",
      "username" : "bjorg_bindingar",
      "accountId" : "1645200000000000318",
      "createdAt" : "2023-04-12T18:03:27.114Z",
      "accountDisplayName" : "Bjørg Joensen 🧶"
    }
  }
]