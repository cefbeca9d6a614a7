window.YTD.like.part0 = [
  {
    "like" : {
      "tweetId" : "1872650118843916803",
      "fullText" : "Nytt kart over ålegrasenger langs Vestlandskysten er ute nå 🗺️ https://t.co/m2VbR7sQ1e",
      "expandedUrl" : "https://twitter.com/i/web/status/1872650118843916803"
    }
  },
  {
    "like" : {
      "tweetId" : "1858034471190577152",
      "fullText" : "@solvi_tare that photo of the kelp canopy is unreal",
      "expandedUrl" : "https://twitter.com/i/web/status/1858034471190577152"
    }
  },
  {
    "like" : {
      "tweetId" : "1839906624785301754",
      "fullText" : "Reminder: abstract deadline for the North Sea benthic ecology workshop is Friday.",
      "expandedUrl" : "https://twitter.com/i/web/status/1839906624785301754"
    }
  }
]