window.YTD.account_creation_ip.part0 = [
  {
    "accountCreationIp" : {
      "accountId" : "709486183076701121",
      "userCreationIp" : "203.0.113.58"
    }
  }
]