window.YTD.account_creation_ip.part0 = [
  {
    "accountCreationIp" : {
      "accountId" : "1284409716532871168",
      "userCreationIp" : "203.0.113.58"
    }
  }
]
