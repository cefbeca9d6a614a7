window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "teo.vasilescu.park@example.org",
      "createdVia" : "web",
      "username" : "teo_cartografa",
      "accountId" : "1590401736182374401",
      "createdAt" : "2022-11-09T18:27:51.604Z",
      "accountDisplayName" : "Teo Vasilescu-Park 🗺️"
    }
  }
]