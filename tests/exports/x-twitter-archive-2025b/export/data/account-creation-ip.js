window.YTD.account_creation_ip.part0 = [
  {
    "accountCreationIp" : {
      "accountId" : "1417730562219847683",
      "userCreationIp" : "203.0.113.84"
    }
  }
]
