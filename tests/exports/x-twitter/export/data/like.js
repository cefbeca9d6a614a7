window.YTD.like.part0 = [
  {
    "like" : {
      "tweetId" : "1664400000000000031",
      "fullText" : "New protected bike lanes open on Example Avenue this weekend 🎉",
      "expandedUrl" : "https://twitter.com/i/web/status/1664400000000000031"
    }
  },
  {
    "like" : {
      "tweetId" : "1663000000000000044",
      "fullText" : "Slides from tonight's open data meetup: https://t.co/AbCdEfGh12",
      "expandedUrl" : "https://twitter.com/i/web/status/1663000000000000044"
    }
  },
  {
    "like" : {
      "tweetId" : "1660000000000000058",
      "fullText" : "https://t.co/ZyXwVu9876",
      "expandedUrl" : "https://twitter.com/i/web/status/1660000000000000058"
    }
  }
]