window.YTD.account_creation_ip.part0 = [ {
  "accountCreationIp" : {
    "accountId" : "3187305542",
    "userCreationIp" : "203.0.113.58"
  }
} ]