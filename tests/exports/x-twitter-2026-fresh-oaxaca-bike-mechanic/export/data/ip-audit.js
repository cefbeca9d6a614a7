window.YTD.ip_audit.part0 = [
  {
    "ipAudit" : {
      "accountId" : "831579625668046848",
      "createdAt" : "2025-03-21T03:14:09.000Z",
      "loginIp" : "203.0.113.87",
      "loginPortNumber" : "0"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "831579625668046848",
      "createdAt" : "2025-03-20T13:11:58.000Z",
      "loginIp" : "2001:db8:4f2a:91::1c",
      "loginPortNumber" : "0"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "831579625668046848",
      "createdAt" : "2025-03-18T21:37:40.000Z",
      "loginIp" : "203.0.113.87",
      "loginPortNumber" : "0"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "831579625668046848",
      "createdAt" : "2025-02-27T16:03:12.000Z",
      "loginIp" : "198.51.100.214",
      "loginPortNumber" : "0"
    }
  }
]