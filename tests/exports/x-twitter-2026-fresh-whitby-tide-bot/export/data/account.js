window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "whitbytides.bot@example.org",
      "createdVia" : "web",
      "username" : "WhitbyTideBot",
      "accountId" : "1116763755830133529",
      "createdAt" : "2019-04-12T18:03:22.514Z",
      "accountDisplayName" : "Whitby Tides 🌊 (automated)"
    }
  }
]