window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "sereana@nadikavafarm.example.com",
      "createdVia" : "android",
      "username" : "sereana_grows",
      "accountId" : "1587204936615104518",
      "createdAt" : "2022-11-03T01:59:27.000Z",
      "accountDisplayName" : "Sereana Tuilevu 🌱"
    }
  }
]
