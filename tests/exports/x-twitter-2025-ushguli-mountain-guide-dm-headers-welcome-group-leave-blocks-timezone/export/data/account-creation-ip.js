window.YTD.account_creation_ip.part0 = [
  {
    "accountCreationIp" : {
      "accountId" : "1523004817736450048",
      "userCreationIp" : "203.0.113.84"
    }
  }
]