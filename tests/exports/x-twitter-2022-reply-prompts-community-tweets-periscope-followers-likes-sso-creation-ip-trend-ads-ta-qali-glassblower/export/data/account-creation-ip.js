window.YTD.account_creation_ip.part0 = [
  {
    "accountCreationIp" : {
      "accountId" : "781244903517290496",
      "userCreationIp" : "203.0.113.88"
    }
  }
]