window.YTD.account_creation_ip.part0 = [
  {
    "accountCreationIp" : {
      "accountId" : "1183920475561029376",
      "userCreationIp" : "203.0.113.58"
    }
  }
]