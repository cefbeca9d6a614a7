window.YTD.ip_audit.part0 = [
  {
    "ipAudit" : {
      "accountId" : "1272298048239701301",
      "createdAt" : "2025-04-18T12:01:55.000Z",
      "loginIp" : "198.51.100.61",
      "loginPortNumber" : "0"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "1272298048239701301",
      "createdAt" : "2025-04-03T02:47:19.000Z",
      "loginIp" : "2001:db8:3f0:81::2c",
      "loginPortNumber" : "0"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "1272298048239701301",
      "createdAt" : "2025-03-21T14:30:06.000Z",
      "loginIp" : "203.0.113.219",
      "loginPortNumber" : "0"
    }
  }
]