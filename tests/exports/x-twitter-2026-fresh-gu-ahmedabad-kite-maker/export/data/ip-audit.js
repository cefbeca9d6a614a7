window.YTD.ip_audit.part0 = [
  {
    "ipAudit" : {
      "accountId" : "1191722465261431068",
      "createdAt" : "2026-01-12T13:58:20.000Z",
      "loginIp" : "203.0.113.209",
      "loginPortNumber" : "0"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "1191722465261431068",
      "createdAt" : "2026-01-09T14:59:47.000Z",
      "loginIp" : "2001:db8:42f0:1c3::8a",
      "loginPortNumber" : "0"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "1191722465261431068",
      "createdAt" : "2026-01-06T14:30:05.000Z",
      "loginIp" : "198.51.100.27",
      "loginPortNumber" : "0"
    }
  }
]