window.YTD.verified.part0 = [
  {
    "verified" : {
      "accountId" : "709486183076701121",
      "verified" : false
    }
  }
]