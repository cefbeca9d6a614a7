window.YTD.ip_audit.part0 = [ {
  "ipAudit" : {
    "accountId" : "1157179544373821440",
    "createdAt" : "2020-09-19T20:12:44.000Z",
    "loginIp" : "198.51.100.37"
  }
}, {
  "ipAudit" : {
    "accountId" : "1157179544373821440",
    "createdAt" : "2020-09-17T08:31:09.000Z",
    "loginIp" : "203.0.113.118"
  }
}, {
  "ipAudit" : {
    "accountId" : "1157179544373821440",
    "createdAt" : "2020-09-17T08:31:09.000Z",
    "loginIp" : "203.0.113.121"
  }
}, {
  "ipAudit" : {
    "accountId" : "1157179544373821440",
    "createdAt" : "2020-09-12T17:40:02.000Z",
    "loginIp" : "198.51.100.37"
  }
}, {
  "ipAudit" : {
    "accountId" : "1157179544373821440",
    "createdAt" : "2020-08-30T19:02:27.000Z",
    "loginIp" : "192.0.2.64"
  }
} ]