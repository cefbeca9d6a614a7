window.YTD.periscope_account_information.part0 = [
  {
    "periscopeAccountInformation" : {
      "displayName" : "Бисера Талевска ⛵",
      "digitsId" : "",
      "username" : "bisera_camci",
      "twitterId" : "1127139940989436150",
      "id" : "1eaJkPwRbzmXq",
      "twitterScreenName" : "bisera_camci",
      "isTwitterUser" : true,
      "createdAt" : "2026-05-30T16:02:11.480213377Z"
    }
  }
]