window.YTD.verified.part0 = [
  {
    "verified" : {
      "accountId" : "1452207783301455872",
      "verified" : false
    }
  }
]