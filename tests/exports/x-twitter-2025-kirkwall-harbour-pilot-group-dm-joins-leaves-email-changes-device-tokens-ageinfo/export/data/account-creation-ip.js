window.YTD.account_creation_ip.part0 = [
  {
    "accountCreationIp" : {
      "accountId" : "1412098365527719941",
      "userCreationIp" : "198.51.100.73"
    }
  }
]