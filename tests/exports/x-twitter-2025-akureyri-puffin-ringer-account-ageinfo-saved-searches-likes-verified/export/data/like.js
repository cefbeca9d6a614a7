window.YTD.like.part0 = [
  {
    "like" : {
      "tweetId" : "1901877465520918528",
      "fullText" : "First puffins back on Grímsey this morning, 14 birds on the south cliffs 🐧 https://t.co/Xq3kP0aZ1m",
      "expandedUrl" : "https://twitter.com/i/web/status/1901877465520918528"
    }
  },
  {
    "like" : {
      "tweetId" : "1913340021177446400",
      "fullText" : "Ringing season protocol 2025 is out, thanks to everyone who helped test the new forms.",
      "expandedUrl" : "https://twitter.com/i/web/status/1913340021177446400"
    }
  },
  {
    "like" : {
      "tweetId" : "1766205114290810880"
    }
  }
]
