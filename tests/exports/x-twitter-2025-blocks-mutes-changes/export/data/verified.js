window.YTD.verified.part0 = [
  {
    "verified" : {
      "accountId" : "1288416702934118401",
      "verified" : false
    }
  }
]
