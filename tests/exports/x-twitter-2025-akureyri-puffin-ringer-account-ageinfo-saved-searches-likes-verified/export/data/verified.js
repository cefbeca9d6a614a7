window.YTD.verified.part0 = [
  {
    "verified" : {
      "accountId" : "1620445190377283584",
      "verified" : false
    }
  }
]
