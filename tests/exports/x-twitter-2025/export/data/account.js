window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "solvi.haugland@example.org",
      "createdVia" : "web",
      "username" : "solvi_tare",
      "accountId" : "1108843920157745153",
      "createdAt" : "2019-03-21T18:04:12.331Z",
      "accountDisplayName" : "Sølvi Haugland 🌊"
    }
  }
]