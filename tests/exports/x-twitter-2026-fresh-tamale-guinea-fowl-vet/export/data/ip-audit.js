window.YTD.ip_audit.part0 = [
  {
    "ipAudit" : {
      "accountId" : "730187405183541248",
      "createdAt" : "2025-11-02T18:55:31.000Z",
      "loginIp" : "203.0.113.57",
      "loginPortNumber" : "0"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "730187405183541248",
      "createdAt" : "2025-11-01T07:12:09.000Z",
      "loginIp" : "198.51.100.201",
      "loginPortNumber" : "0"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "730187405183541248",
      "createdAt" : "2025-10-30T20:03:47.000Z",
      "loginIp" : "203.0.113.57",
      "loginPortNumber" : "0"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "730187405183541248",
      "createdAt" : "2025-10-14T12:59:02.000Z",
      "loginIp" : "2001:db8:4c1a:9e::23",
      "loginPortNumber" : "0"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "730187405183541248",
      "createdAt" : "2025-10-09T06:48:20.000Z",
      "loginIp" : "198.51.100.201",
      "loginPortNumber" : "0"
    }
  }
]