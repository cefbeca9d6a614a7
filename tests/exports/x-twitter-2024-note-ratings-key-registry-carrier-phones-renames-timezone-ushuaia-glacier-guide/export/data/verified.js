window.YTD.verified.part0 = [
  {
    "verified" : {
      "accountId" : "1487302215566028801",
      "verified" : false
    }
  }
]