window.YTD.ip_audit.part0 = [
  {
    "ipAudit" : {
      "accountId" : "1592038475610293847",
      "createdAt" : "2025-05-18T06:55:21.000Z",
      "loginIp" : "203.0.113.58"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "1592038475610293847",
      "createdAt" : "2025-05-17T21:03:09.000Z",
      "loginIp" : "203.0.113.58"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "1592038475610293847",
      "createdAt" : "2025-05-12T10:40:44.000Z",
      "loginIp" : "2001:db8:4a1:7c::1f"
    }
  }
]