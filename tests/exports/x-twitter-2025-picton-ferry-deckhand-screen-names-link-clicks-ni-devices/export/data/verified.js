window.YTD.verified.part0 = [
  {
    "verified" : {
      "accountId" : "1284409716532871168",
      "verified" : false
    }
  }
]
