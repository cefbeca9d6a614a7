window.YTD.periscope_account_information.part0 = [
  {
    "periscopeAccountInformation" : {
      "displayName" : "Noor Vasquez-Hale",
      "digitsId" : "",
      "username" : "noorvh_birds",
      "twitterId" : "1496000000000000217",
      "id" : "1ExAmPlEqRvNoorW",
      "twitterScreenName" : "noorvh_birds",
      "isTwitterUser" : true,
      "createdAt" : "2022-05-07T13:26:40.115Z"
    }
  }
]
