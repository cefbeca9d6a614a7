window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "sunniva.haugland@example.net",
      "createdVia" : "oauth:49625052",
      "username" : "sunniva_hornoya",
      "accountId" : "1183920475561029376",
      "createdAt" : "2019-10-14T08:21:55.000Z",
      "accountDisplayName" : "Sunniva 🐦 Haugland"
    }
  }
]