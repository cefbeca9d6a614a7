window.YTD.ip_audit.part0 = [
  {
    "ipAudit" : {
      "accountId" : "2571930468",
      "createdAt" : "2026-02-19T22:41:07.000Z",
      "loginIp" : "203.0.113.57",
      "loginPortNumber" : "0"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "2571930468",
      "createdAt" : "2026-02-14T05:10:02.000Z",
      "loginIp" : "203.0.113.57",
      "loginPortNumber" : "0"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "2571930468",
      "createdAt" : "2026-02-03T12:26:44.000Z",
      "loginIp" : "2001:db8:4a1c:17::b3",
      "loginPortNumber" : "0"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "2571930468",
      "createdAt" : "2026-01-27T02:11:30.000Z",
      "loginIp" : "198.51.100.140",
      "loginPortNumber" : "0"
    }
  }
]