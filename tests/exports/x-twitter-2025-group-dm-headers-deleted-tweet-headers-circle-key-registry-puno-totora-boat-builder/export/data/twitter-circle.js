window.YTD.twitter_circle.part0 = [
  {
    "twitterCircle" : {
      "id" : "1611402389176049665",
      "ownerUserId" : "1489203751846612993",
      "createdAt" : "2023-01-06T17:22:14.902Z"
    }
  }
]