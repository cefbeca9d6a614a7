window.YTD.ip_audit.part0 = [
  {
    "ipAudit" : {
      "accountId" : "1316620457781248003",
      "createdAt" : "2025-06-14T06:12:44.000Z",
      "loginIp" : "203.0.113.18"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "1316620457781248003",
      "createdAt" : "2025-06-11T21:40:03.000Z",
      "loginIp" : "203.0.113.18"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "1316620457781248003",
      "createdAt" : "2025-06-09T13:05:57.000Z",
      "loginIp" : "2001:db8:4c1e:2200:9d3:51ff:fe07:1a2b"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "1316620457781248003",
      "createdAt" : "2025-05-30T08:17:21.000Z",
      "loginIp" : "198.51.100.203"
    }
  }
]