window.YTD.ip_audit.part0 = [
  {
    "ipAudit" : {
      "accountId" : "1103841402994923047",
      "createdAt" : "2026-03-09T23:58:12.000Z",
      "loginIp" : "203.0.113.42",
      "loginPortNumber" : "0"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "1103841402994923047",
      "createdAt" : "2026-03-02T01:40:07.000Z",
      "loginIp" : "2001:db8:7c1e:40a0::19",
      "loginPortNumber" : "0"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "1103841402994923047",
      "createdAt" : "2026-02-20T13:01:55.000Z",
      "loginIp" : "203.0.113.42",
      "loginPortNumber" : "0"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "1103841402994923047",
      "createdAt" : "2026-02-11T08:27:30.000Z",
      "loginIp" : "198.51.100.91",
      "loginPortNumber" : "0"
    }
  }
]