window.YTD.verified.part0 = [
  {
    "verified" : {
      "accountId" : "1287344061902254081",
      "verified" : false
    }
  }
]
