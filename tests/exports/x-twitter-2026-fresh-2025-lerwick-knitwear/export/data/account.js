window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "ingrid.halcrow@example.org",
      "createdVia" : "web",
      "username" : "ingrid_simmer",
      "accountId" : "709486183076701121",
      "createdAt" : "2016-03-14T21:07:42.318Z",
      "accountDisplayName" : "Ingrid Halcrow 🧶"
    }
  }
]