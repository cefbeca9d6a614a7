window.YTD.ip_audit.part0 = [
  {
    "ipAudit" : {
      "accountId" : "1102515700127071238",
      "createdAt" : "2025-11-29T09:10:04.000Z",
      "loginIp" : "203.0.113.147",
      "loginPortNumber" : "0"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "1102515700127071238",
      "createdAt" : "2025-11-26T12:55:41.000Z",
      "loginIp" : "198.51.100.62",
      "loginPortNumber" : "0"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "1102515700127071238",
      "createdAt" : "2025-11-24T22:39:10.000Z",
      "loginIp" : "2001:db8:4f2a:91c0:8d3e:1b7a:62f0:19c4",
      "loginPortNumber" : "0"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "1102515700127071238",
      "createdAt" : "2025-11-20T07:01:57.000Z",
      "loginIp" : "203.0.113.152",
      "loginPortNumber" : "0"
    }
  }
]