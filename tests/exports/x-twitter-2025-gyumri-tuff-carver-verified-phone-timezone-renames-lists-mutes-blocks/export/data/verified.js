window.YTD.verified.part0 = [
  {
    "verified" : {
      "accountId" : "1620448817305518080",
      "verified" : false
    }
  }
]
