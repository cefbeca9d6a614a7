window.YTD.verified.part0 = [
  {
    "verified" : {
      "accountId" : "1590401736182374401",
      "verified" : false
    }
  }
]