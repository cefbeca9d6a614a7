window.YTD.like.part0 = [
  {
    "like" : {
      "tweetId" : "1884935637301409089",
      "fullText" : "Nouvelle fournée de colle de peau au bain-marie. L'odeur, on s'y fait… ou pas. https://t.co/smlqDXTuRv",
      "expandedUrl" : "https://twitter.com/i/web/status/1884935637301409089"
    }
  },
  {
    "like" : {
      "tweetId" : "1842983386609530505",
      "fullText" : "@maelle_luthiere That scroll is gorgeous. How long did the carving take?",
      "expandedUrl" : "https://twitter.com/i/web/status/1842983386609530505"
    }
  },
  {
    "like" : {
      "tweetId" : "1503660271334602460",
      "expandedUrl" : "https://twitter.com/i/web/status/1503660271334602460"
    }
  }
]