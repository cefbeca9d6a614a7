window.YTD.ip_audit.part0 = [
  {
    "ipAudit" : {
      "accountId" : "1127139940989436150",
      "createdAt" : "2026-12-03T18:44:09.000Z",
      "loginIp" : "198.51.100.142",
      "loginPortNumber" : "0"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "1127139940989436150",
      "createdAt" : "2026-11-02T07:58:31.000Z",
      "loginIp" : "2001:db8:7a10:3c::2f",
      "loginPortNumber" : "0"
    }
  }
]