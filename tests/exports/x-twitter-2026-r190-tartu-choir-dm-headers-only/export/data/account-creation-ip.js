window.YTD.account_creation_ip.part0 = [
  {
    "accountCreationIp" : {
      "accountId" : "1265530981024571392",
      "userCreationIp" : "198.51.100.73"
    }
  }
]