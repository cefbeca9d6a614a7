window.YTD.ip_audit.part0 = [
  {
    "ipAudit" : {
      "accountId" : "1275803316420980737",
      "createdAt" : "2023-06-29T08:11:47.000Z",
      "loginIp" : "198.51.100.73"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "1275803316420980737",
      "createdAt" : "2023-06-28T14:40:03.000Z",
      "loginIp" : "198.51.100.73"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "1275803316420980737",
      "createdAt" : "2023-06-23T17:05:12.000Z",
      "loginIp" : "2001:db8:5e0:1c::a41"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "1275803316420980737",
      "createdAt" : "2023-06-16T19:22:58.000Z",
      "loginIp" : "203.0.113.199"
    }
  }
]