window.YTD.ip_audit.part0 = [
  {
    "ipAudit" : {
      "accountId" : "1555209384716203",
      "createdAt" : "2025-01-08T18:47:10.000Z",
      "loginIp" : "203.0.113.87"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "1555209384716203",
      "createdAt" : "2025-01-06T09:12:44.000Z",
      "loginIp" : "2001:db8:5a1:7c::14"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "1555209384716203",
      "createdAt" : "2024-12-29T07:03:51.000Z",
      "loginIp" : "198.51.100.203"
    }
  }
]
