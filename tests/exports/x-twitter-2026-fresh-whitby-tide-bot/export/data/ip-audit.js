window.YTD.ip_audit.part0 = [
  {
    "ipAudit" : {
      "accountId" : "1116763755830133529",
      "createdAt" : "2026-03-01T08:02:47.000Z",
      "loginIp" : "198.51.100.36",
      "loginPortNumber" : "0"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "1116763755830133529",
      "createdAt" : "2026-02-27T21:18:09.000Z",
      "loginIp" : "203.0.113.74",
      "loginPortNumber" : "0"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "1116763755830133529",
      "createdAt" : "2026-02-14T10:31:55.000Z",
      "loginIp" : "198.51.100.36",
      "loginPortNumber" : "0"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "1116763755830133529",
      "createdAt" : "2026-02-02T07:05:20.000Z",
      "loginIp" : "2001:db8:3a7:1c00:5d9e:88ff:fe21:40b7",
      "loginPortNumber" : "0"
    }
  }
]