window.YTD.periscope_account_information.part0 = [
  {
    "periscopeAccountInformation" : {
      "displayName" : "Siobhán Ní Fhlannagáin 🎶",
      "digitsId" : "",
      "username" : "siobhanwhistles",
      "twitterId" : "1302954418760331265",
      "id" : "1yNxaQvPmWkGj",
      "twitterScreenName" : "siobhanwhistles",
      "isTwitterUser" : true,
      "createdAt" : "2020-09-08T17:41:26.204118350Z"
    }
  }
]
