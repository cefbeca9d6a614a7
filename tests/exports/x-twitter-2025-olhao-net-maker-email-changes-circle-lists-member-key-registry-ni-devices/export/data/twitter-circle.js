window.YTD.twitter_circle.part0 = [
  {
    "twitterCircle" : {
      "id" : "1612093847561203712",
      "ownerUserId" : "1398822714306527235",
      "createdAt" : "2023-01-08T12:47:03.118Z"
    }
  }
]