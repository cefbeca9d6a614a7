window.YTD.ip_audit.part0 = [
  {
    "ipAudit" : {
      "accountId" : "1412098365527719941",
      "createdAt" : "2025-04-02T06:41:19.000Z",
      "loginIp" : "203.0.113.148"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "1412098365527719941",
      "createdAt" : "2025-03-29T18:07:55.000Z",
      "loginIp" : "2001:db8:4f2a:11::7c"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "1412098365527719941",
      "createdAt" : "2025-03-21T07:15:02.000Z",
      "loginIp" : "203.0.113.148"
    }
  }
]