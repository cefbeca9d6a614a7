window.YTD.like.part0 = [
  {
    "like" : {
      "tweetId" : "1825820063954107602",
      "fullText" : "Kampala Capital City Authority reminds all riders: stage registration closes 30 September. https://t.co/Qm3vXr8LpA",
      "expandedUrl" : "https://twitter.com/i/web/status/1825820063954107602"
    }
  },
  {
    "like" : {
      "tweetId" : "1797266920044016220",
      "fullText" : "Our new helmet library lets riders borrow a certified helmet for UGX 2,000 a week 🪖 https://t.co/Zr9kPw4NcT",
      "expandedUrl" : "https://twitter.com/i/web/status/1797266920044016220"
    }
  },
  {
    "like" : {
      "tweetId" : "1778490698759576697",
      "fullText" : "https://t.co/Wd6nYs1KbE",
      "expandedUrl" : "https://twitter.com/i/web/status/1778490698759576697"
    }
  }
]