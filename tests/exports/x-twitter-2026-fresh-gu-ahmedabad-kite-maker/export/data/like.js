window.YTD.like.part0 = [
  {
    "like" : {
      "tweetId" : "2009299074544746497",
      "fullText" : "Heritage walk through the pols this Sunday: Raipur, Khadia and the kite market before Uttarayan 🪁 https://t.co/Hw3nB8vQaZ",
      "expandedUrl" : "https://twitter.com/i/web/status/2009299074544746497"
    }
  },
  {
    "like" : {
      "tweetId" : "2004752042161186672",
      "fullText" : "@hetal_patang બેન, આ વર્ષે પણ તમારી જ પતંગ! 😍",
      "expandedUrl" : "https://twitter.com/i/web/status/2004752042161186672"
    }
  }
]