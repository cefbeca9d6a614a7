window.YTD.verified.part0 = [
  {
    "verified" : {
      "accountId" : "1587204936615104518",
      "verified" : false
    }
  }
]
