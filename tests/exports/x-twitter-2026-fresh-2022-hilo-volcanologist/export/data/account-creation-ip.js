window.YTD.account_creation_ip.part0 = [
  {
    "accountCreationIp" : {
      "accountId" : "4862215093",
      "userCreationIp" : "198.51.100.77"
    }
  }
]