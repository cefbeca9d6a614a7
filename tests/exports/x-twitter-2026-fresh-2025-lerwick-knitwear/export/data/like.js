window.YTD.like.part0 = [
  {
    "like" : {
      "tweetId" : "2020910749316022340",
      "fullText" : "Orkney yarn swap this Saturday at da Stromness hall, bring your oddments! https://t.co/Ab12Cd34Ef",
      "expandedUrl" : "https://twitter.com/i/web/status/2020910749316022340"
    }
  },
  {
    "like" : {
      "tweetId" : "2016491483820982341",
      "fullText" : "@ingrid_simmer That yoke is unreal 😍 want one in peerie size",
      "expandedUrl" : "https://twitter.com/i/web/status/2016491483820982341"
    }
  },
  {
    "like" : {
      "tweetId" : "2011332003361718342",
      "fullText" : "Northlink (example) ferry cancelled again tonight, swell over 5 m in da Fair Isle channel",
      "expandedUrl" : "https://twitter.com/i/web/status/2011332003361718342"
    }
  }
]