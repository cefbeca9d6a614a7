window.YTD.verified.part0 = [ {
  "verified" : {
    "accountId" : "842617305",
    "verified" : false
  }
} ]