window.YTD.twitter_circle.part0 = [
  {
    "twitterCircle" : {
      "id" : "1566114470852403891",
      "ownerUserId" : "2749160392",
      "createdAt" : "2022-09-03T17:22:41.508Z"
    }
  }
]