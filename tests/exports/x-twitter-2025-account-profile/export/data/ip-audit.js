window.YTD.ip_audit.part0 = [
  {
    "ipAudit" : {
      "accountId" : "1590401736182374401",
      "createdAt" : "2025-10-12T20:41:17.233Z",
      "loginIp" : "203.0.113.148",
      "loginPortNumber" : "51874"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "1590401736182374401",
      "createdAt" : "2025-10-09T07:05:42.918Z",
      "loginIp" : "2001:db8:4f1e:900::2b",
      "loginPortNumber" : "443"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "1590401736182374401",
      "createdAt" : "2025-10-03T16:58:09.071Z",
      "loginIp" : "198.51.100.61",
      "loginPortNumber" : "60233"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "1590401736182374401",
      "createdAt" : "2025-09-27T11:22:30.540Z",
      "loginIp" : "203.0.113.148",
      "loginPortNumber" : "49702"
    }
  }
]