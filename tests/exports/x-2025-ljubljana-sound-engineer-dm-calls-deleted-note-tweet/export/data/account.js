window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "tilen.mlakar@example.net",
      "createdVia" : "web",
      "username" : "tilen_mixdesk",
      "accountId" : "1417720394851627009",
      "createdAt" : "2021-07-21T06:14:52.318Z",
      "accountDisplayName" : "Tilen Mlakar 🎚️"
    }
  }
]