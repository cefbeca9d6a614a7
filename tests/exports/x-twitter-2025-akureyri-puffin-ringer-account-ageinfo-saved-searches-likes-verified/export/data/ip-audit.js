window.YTD.ip_audit.part0 = [
  {
    "ipAudit" : {
      "accountId" : "1620445190377283584",
      "createdAt" : "2025-06-02T07:41:55.000Z",
      "loginIp" : "198.51.100.37"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "1620445190377283584",
      "createdAt" : "2025-05-29T21:03:12.000Z",
      "loginIp" : "2001:db8:4a1:7700::2c"
    }
  }
]
