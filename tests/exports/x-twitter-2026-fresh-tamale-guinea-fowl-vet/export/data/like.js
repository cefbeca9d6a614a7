window.YTD.like.part0 = [
  {
    "like" : {
      "tweetId" : "1976403228516712449",
      "fullText" : "Our first guinea fowl keets of the season 🐣 Thank you Dr Salma for the brooder tips! https://t.co/Vd3xPq8KmL",
      "expandedUrl" : "https://twitter.com/i/web/status/1976403228516712449"
    }
  },
  {
    "like" : {
      "tweetId" : "1969977204158238720",
      "fullText" : "Shea nut prices in Tamale market this week: GH₵ 4.50 per bowl. Up from last month.",
      "expandedUrl" : "https://twitter.com/i/web/status/1969977204158238720"
    }
  },
  {
    "like" : {
      "tweetId" : "1951204859304763392",
      "fullText" : "This Post is from a suspended account. {learnmore}",
      "expandedUrl" : "https://twitter.com/i/web/status/1951204859304763392"
    }
  },
  {
    "like" : {
      "tweetId" : "1935682147711660044",
      "fullText" : "Northern Region farmers: the extension radio programme now airs every Tuesday at 7pm on 104.1 (example). Call in with your questions.",
      "expandedUrl" : "https://twitter.com/i/web/status/1935682147711660044"
    }
  }
]