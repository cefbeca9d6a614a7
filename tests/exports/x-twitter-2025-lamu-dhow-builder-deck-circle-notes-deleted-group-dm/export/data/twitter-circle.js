window.YTD.twitter_circle.part0 = [
  {
    "twitterCircle" : {
      "id" : "1612948830275940352",
      "ownerUserId" : "1290448172063514625",
      "createdAt" : "2023-01-10T17:22:41.508Z"
    }
  }
]