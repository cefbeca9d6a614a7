window.YTD.verified.part0 = [
  {
    "verified" : {
      "accountId" : "1496000000000000217",
      "verified" : false
    }
  }
]
