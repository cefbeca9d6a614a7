window.YTD.like.part0 = [
  {
    "like" : {
      "tweetId" : "2028368372824191546",
      "fullText" : "@WhitbyTideBot Spot on again this morning, bar was breaking just like you said. Thanks whoever runs this 👍",
      "expandedUrl" : "https://twitter.com/i/web/status/2028368372824191546"
    }
  },
  {
    "like" : {
      "tweetId" : "2025270090793877918",
      "fullText" : "Lifeboat open day at the harbour on Sat 7 March, all welcome https://t.co/Wq3Rt5YuIo",
      "expandedUrl" : "https://twitter.com/i/web/status/2025270090793877918"
    }
  }
]