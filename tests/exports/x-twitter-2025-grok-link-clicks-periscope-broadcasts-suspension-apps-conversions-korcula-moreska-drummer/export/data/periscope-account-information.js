window.YTD.periscope_account_information.part0 = [
  {
    "periscopeAccountInformation" : {
      "displayName" : "Lucija Barčot",
      "digitsId" : "",
      "username" : "lucijabarcot",
      "twitterId" : "1301825484878778453",
      "id" : "1MnGzXkQaPjRw",
      "twitterScreenName" : "lucija_moreska",
      "isTwitterUser" : true,
      "createdAt" : "2021-07-24T18:09:51.602448117Z"
    }
  }
]