window.YTD.twitter_circle.part0 = [
  {
    "twitterCircle" : {
      "id" : "1598223310457716736",
      "ownerUserId" : "1402857719034265601",
      "createdAt" : "2022-12-01T08:14:22.517Z"
    }
  }
]
