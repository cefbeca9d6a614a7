window.YTD.verified.part0 = [
  {
    "verified" : {
      "accountId" : "1561029384756102938",
      "verified" : false
    }
  }
]
