window.YTD.ip_audit.part0 = [
  {
    "ipAudit" : {
      "accountId" : "1645200000000000318",
      "createdAt" : "2025-05-02T21:14:09.000Z",
      "loginIp" : "198.51.100.84"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "1645200000000000318",
      "createdAt" : "2025-04-28T07:41:55.000Z",
      "loginIp" : "2001:db8:4f0:1c::2a"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "1645200000000000318",
      "createdAt" : "2025-04-19T16:02:31.000Z",
      "loginIp" : "203.0.113.201"
    }
  }
]