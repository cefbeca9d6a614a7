window.YTD.account_creation_ip.part0 = [
  {
    "accountCreationIp" : {
      "accountId" : "1316620457781248003",
      "userCreationIp" : "198.51.100.47"
    }
  }
]