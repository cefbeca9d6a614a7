window.YTD.account_creation_ip.part0 = [
  {
    "accountCreationIp" : {
      "accountId" : "563018842",
      "userCreationIp" : "198.51.100.203"
    }
  }
]
