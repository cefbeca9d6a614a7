window.YTD.like.part0 = [
  {
    "like" : {
      "tweetId" : "1597561946633142272",
      "fullText" : "Sunrise over the Grand Harbour from the Upper Barrakka, worth the 6am alarm 🌅",
      "expandedUrl" : "https://twitter.com/i/web/status/1597561946633142272"
    }
  },
  {
    "like" : {
      "tweetId" : "1594771413267382278",
      "fullText" : "@marija_hgieg that blue is unreal, which oxide mix is it?",
      "expandedUrl" : "https://twitter.com/i/web/status/1594771413267382278"
    }
  },
  {
    "like" : {
      "tweetId" : "1576492292502454274",
      "fullText" : "Kiln repair thread 🧵 what we learned replacing the crown on a 40-year-old glory hole",
      "expandedUrl" : "https://twitter.com/i/web/status/1576492292502454274"
    }
  }
]