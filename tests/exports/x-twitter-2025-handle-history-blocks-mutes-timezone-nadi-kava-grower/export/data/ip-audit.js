window.YTD.ip_audit.part0 = [
  {
    "ipAudit" : {
      "accountId" : "1587204936615104518",
      "createdAt" : "2025-06-18T20:14:05.331Z",
      "loginIp" : "203.0.113.57"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "1587204936615104518",
      "createdAt" : "2025-06-11T07:48:52.902Z",
      "loginIp" : "198.51.100.203"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "1587204936615104518",
      "createdAt" : "2025-05-29T23:02:17.046Z",
      "loginIp" : "2001:db8:4f1a::2c"
    }
  }
]
