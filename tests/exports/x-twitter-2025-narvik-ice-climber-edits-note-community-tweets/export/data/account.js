window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "siri.vangen.klatring@example.org",
      "createdVia" : "android",
      "username" : "siriklatrer",
      "accountId" : "1287364501928374656",
      "createdAt" : "2020-07-12T18:44:09.318Z",
      "accountDisplayName" : "Siri Vangen ❄️🧗"
    }
  }
]
