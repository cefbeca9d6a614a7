window.YTD.verified.part0 = [
  {
    "verified" : {
      "accountId" : "2847193056",
      "verified" : false
    }
  }
]
