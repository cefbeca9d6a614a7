window.YTD.ip_audit.part0 = [
  {
    "ipAudit" : {
      "accountId" : "709486183076701121",
      "createdAt" : "2026-02-15T22:40:51.000Z",
      "loginIp" : "198.51.100.23",
      "loginPortNumber" : "0"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "709486183076701121",
      "createdAt" : "2026-02-15T07:12:36.000Z",
      "loginIp" : "203.0.113.190",
      "loginPortNumber" : "0"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "709486183076701121",
      "createdAt" : "2026-02-10T19:40:02.000Z",
      "loginIp" : "2001:db8:4c1:9e00:8d2:61ff:fe3a:17b4",
      "loginPortNumber" : "0"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "709486183076701121",
      "createdAt" : "2026-01-20T08:55:02.000Z",
      "loginIp" : "198.51.100.23",
      "loginPortNumber" : "0"
    }
  }
]