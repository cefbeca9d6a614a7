window.YTD.verified.part0 = [
  {
    "verified" : {
      "accountId" : "1372904518836142081",
      "verified" : false
    }
  }
]