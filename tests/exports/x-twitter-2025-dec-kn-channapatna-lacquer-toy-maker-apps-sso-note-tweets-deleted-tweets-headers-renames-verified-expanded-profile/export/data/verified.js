window.YTD.verified.part0 = [
  {
    "verified" : {
      "accountId" : "1293548755743674369",
      "verified" : false
    }
  }
]