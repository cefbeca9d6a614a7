window.YTD.account_creation_ip.part0 = [
  {
    "accountCreationIp" : {
      "accountId" : "1389000000000000004",
      "userCreationIp" : "198.51.100.23"
    }
  }
]