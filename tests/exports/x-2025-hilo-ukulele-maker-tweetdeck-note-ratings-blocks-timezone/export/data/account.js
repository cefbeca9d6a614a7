window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "leilani.kahananui@example.com",
      "createdVia" : "android",
      "username" : "hilo_ukes",
      "accountId" : "1284710093625815041",
      "createdAt" : "2020-07-19T04:12:55.381Z",
      "accountDisplayName" : "Leilani Kahananui 🎶"
    }
  }
]
