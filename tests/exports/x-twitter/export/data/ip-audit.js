window.YTD.ip_audit.part0 = [
  {
    "ipAudit" : {
      "accountId" : "1460000000000000001",
      "createdAt" : "2023-06-02T07:41:09.000Z",
      "loginIp" : "203.0.113.77"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "1460000000000000001",
      "createdAt" : "2023-06-01T19:03:55.000Z",
      "loginIp" : "198.51.100.142"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "1460000000000000001",
      "createdAt" : "2023-05-30T12:30:01.000Z",
      "loginIp" : "2001:db8:85a3::8a2e:370:7334"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "1460000000000000001",
      "createdAt" : "2023-05-28T08:00:47.000Z",
      "loginIp" : "203.0.113.77"
    }
  }
]