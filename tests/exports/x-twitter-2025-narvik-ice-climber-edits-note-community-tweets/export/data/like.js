window.YTD.like.part0 = [
  {
    "like" : {
      "tweetId" : "1880288193746501632",
      "fullText" : "Nye bilder fra Skjomen: is helt ned til fjorden i morges https://t.co/Yq4nP2kWzA",
      "expandedUrl" : "https://twitter.com/i/web/status/1880288193746501632"
    }
  },
  {
    "like" : {
      "tweetId" : "1877765102938475520"
    }
  }
]
