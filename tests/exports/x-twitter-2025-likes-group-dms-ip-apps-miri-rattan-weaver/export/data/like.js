window.YTD.like.part0 = [
  {
    "like" : {
      "tweetId" : "1921004518833664010",
      "fullText" : "Pasar Tamu Miri this Sunday: 40 stalls of Sarawak crafts, rattan & beadwork 🧺 https://t.co/Qw3rTy8uIo",
      "expandedUrl" : "https://twitter.com/i/web/status/1921004518833664010"
    }
  },
  {
    "like" : {
      "tweetId" : "1918762230041124871",
      "fullText" : "Cara mudah rendam rotan sebelum anyam — thread 🧵",
      "expandedUrl" : "https://twitter.com/i/web/status/1918762230041124871"
    }
  },
  {
    "like" : {
      "tweetId" : "1912450097730551811",
      "fullText" : "https://t.co/Lm9NbV2cXz",
      "expandedUrl" : "https://twitter.com/i/web/status/1912450097730551811"
    }
  }
]