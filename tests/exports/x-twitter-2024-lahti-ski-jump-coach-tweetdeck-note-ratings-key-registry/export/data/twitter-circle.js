window.YTD.twitter_circle.part0 = [
  {
    "twitterCircle" : {
      "id" : "1667230915408162816",
      "ownerUserId" : "1429876103552061441",
      "createdAt" : "2023-06-09T18:27:44.602Z"
    }
  }
]
