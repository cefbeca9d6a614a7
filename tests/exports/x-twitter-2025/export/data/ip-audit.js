window.YTD.ip_audit.part0 = [
  {
    "ipAudit" : {
      "accountId" : "1108843920157745153",
      "createdAt" : "2025-02-18T06:51:27.000Z",
      "loginIp" : "203.0.113.77",
      "loginPortNumber" : "38416"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "1108843920157745153",
      "createdAt" : "2025-02-14T19:08:03.000Z",
      "loginIp" : "2001:db8:a0b:12f0::1c4",
      "loginPortNumber" : "443"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "1108843920157745153",
      "createdAt" : "2025-02-09T12:30:55.000Z",
      "loginIp" : "198.51.100.23",
      "loginPortNumber" : "52907"
    }
  }
]