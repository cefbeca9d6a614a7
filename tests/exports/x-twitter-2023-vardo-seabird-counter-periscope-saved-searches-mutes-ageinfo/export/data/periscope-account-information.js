window.YTD.periscope_account_information.part0 = [
  {
    "periscopeAccountInformation" : {
      "displayName" : "Sunniva Haugland",
      "digitsId" : "",
      "username" : "sunniva_hornoya",
      "twitterId" : "1183920475561029376",
      "id" : "1vOxwjPqLmgGB",
      "twitterScreenName" : "sunniva_hornoya",
      "isTwitterUser" : true,
      "createdAt" : "2019-11-02T19:44:07.312Z"
    }
  }
]