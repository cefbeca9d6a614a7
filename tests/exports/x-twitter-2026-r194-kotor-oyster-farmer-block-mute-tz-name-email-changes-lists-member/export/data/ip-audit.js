window.YTD.ip_audit.part0 = [
  {
    "ipAudit" : {
      "accountId" : "1452207783301455872",
      "createdAt" : "2025-11-29T06:14:52.330Z",
      "loginIp" : "198.51.100.77"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "1452207783301455872",
      "createdAt" : "2025-11-21T19:40:07.118Z",
      "loginIp" : "2001:db8:4e1::2a"
    }
  }
]