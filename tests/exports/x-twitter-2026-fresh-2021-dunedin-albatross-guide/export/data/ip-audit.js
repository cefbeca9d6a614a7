window.YTD.ip_audit.part0 = [
  {
    "ipAudit" : {
      "accountId" : "781164328905682944",
      "createdAt" : "2021-11-07T20:14:09.000Z",
      "loginIp" : "203.0.113.58"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "781164328905682944",
      "createdAt" : "2021-11-02T21:04:40.000Z",
      "loginIp" : "198.51.100.140"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "781164328905682944",
      "createdAt" : "2021-10-29T07:14:55.000Z",
      "loginIp" : "203.0.113.58"
    }
  }
]