window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "maeve.kavanaghpenney@example.com",
      "createdVia" : "web",
      "username" : "maeve_bergywater",
      "accountId" : "884897508642366131",
      "createdAt" : "2017-07-11T22:09:41.318Z",
      "accountDisplayName" : "Maeve Kavanagh-Penney 🐋"
    }
  }
]