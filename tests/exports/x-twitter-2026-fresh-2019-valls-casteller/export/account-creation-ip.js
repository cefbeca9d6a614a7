window.YTD.account_creation_ip.part0 = [ {
  "accountCreationIp" : {
    "accountId" : "842617305",
    "userCreationIp" : "192.0.2.146"
  }
} ]