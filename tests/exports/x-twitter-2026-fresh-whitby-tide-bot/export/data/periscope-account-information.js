window.YTD.periscope_account_information.part0 = [
  {
    "periscopeAccountInformation" : {
      "displayName" : "Whitby Tides 🌊 (automated)",
      "digitsId" : "",
      "username" : "WhitbyTideBot",
      "twitterId" : "1116763755830133529",
      "id" : "1vAxKqLnPZWeB",
      "twitterScreenName" : "WhitbyTideBot",
      "isTwitterUser" : true,
      "createdAt" : "2024-11-08T06:21:47.215839406Z"
    }
  }
]