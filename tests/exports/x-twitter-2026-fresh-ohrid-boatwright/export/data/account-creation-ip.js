window.YTD.account_creation_ip.part0 = [
  {
    "accountCreationIp" : {
      "accountId" : "1127139940989436150",
      "userCreationIp" : "203.0.113.58"
    }
  }
]