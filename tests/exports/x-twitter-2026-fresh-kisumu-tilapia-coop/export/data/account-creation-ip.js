window.YTD.account_creation_ip.part0 = [
  {
    "accountCreationIp" : {
      "accountId" : "1404305740250312704",
      "userCreationIp" : "203.0.113.41"
    }
  }
]