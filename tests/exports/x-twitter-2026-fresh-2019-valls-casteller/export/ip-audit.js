window.YTD.ip_audit.part0 = [ {
  "ipAudit" : {
    "accountId" : "842617305",
    "createdAt" : "2019-05-13T07:12:40.000Z",
    "loginIp" : "203.0.113.88"
  }
}, {
  "ipAudit" : {
    "accountId" : "842617305",
    "createdAt" : "2019-05-12T17:20:05.000Z",
    "loginIp" : "198.51.100.61"
  }
}, {
  "ipAudit" : {
    "accountId" : "842617305",
    "createdAt" : "2019-05-09T21:48:33.000Z",
    "loginIp" : "203.0.113.88"
  }
} ]