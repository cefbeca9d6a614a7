window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "itzel.ramirez@example.com",
      "createdVia" : "web",
      "username" : "itzel_rayos",
      "accountId" : "831579625668046848",
      "createdAt" : "2017-02-14T19:03:27.418Z",
      "accountDisplayName" : "Itzel 🚲 Taller Rayos"
    }
  }
]