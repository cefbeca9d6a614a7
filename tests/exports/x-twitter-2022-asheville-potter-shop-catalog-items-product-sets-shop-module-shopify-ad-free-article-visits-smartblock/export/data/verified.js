window.YTD.verified.part0 = [
  {
    "verified" : {
      "accountId" : "1402278861937180673",
      "verified" : false
    }
  }
]