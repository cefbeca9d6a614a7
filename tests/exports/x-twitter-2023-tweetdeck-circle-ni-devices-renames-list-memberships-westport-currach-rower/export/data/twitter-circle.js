window.YTD.twitter_circle.part0 = [
  {
    "twitterCircle" : {
      "id" : "1571203948817264640",
      "ownerUserId" : "2847193056",
      "createdAt" : "2022-09-17T19:22:08.417Z"
    }
  }
]
