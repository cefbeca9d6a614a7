window.YTD.account_creation_ip.part0 = [
  {
    "accountCreationIp" : {
      "accountId" : "1387245109683204097",
      "userCreationIp" : "203.0.113.66"
    }
  }
]