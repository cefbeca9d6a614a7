window.YTD.twitter_circle.part0 = [
  {
    "twitterCircle" : {
      "id" : "1641187735529230337",
      "ownerUserId" : "1287344061902254081",
      "createdAt" : "2023-03-29T18:04:12.417Z"
    }
  }
]
