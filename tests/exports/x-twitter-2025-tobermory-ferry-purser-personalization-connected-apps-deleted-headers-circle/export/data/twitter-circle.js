window.YTD.twitter_circle.part0 = [
  {
    "twitterCircle" : {
      "id" : "1571120938476105728",
      "ownerUserId" : "1402338871",
      "createdAt" : "2022-09-17T12:03:27.519Z"
    }
  }
]
