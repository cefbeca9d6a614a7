window.YTD.ip_audit.part0 = [
  {
    "ipAudit" : {
      "accountId" : "1611000000000000457",
      "createdAt" : "2025-05-15T00:02:11.000Z",
      "loginIp" : "203.0.113.146"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "1611000000000000457",
      "createdAt" : "2025-05-14T22:57:38.000Z",
      "loginIp" : "203.0.113.146"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "1611000000000000457",
      "createdAt" : "2025-05-12T03:41:09.000Z",
      "loginIp" : "2001:db8:a0b:12f0::4c"
    }
  }
]