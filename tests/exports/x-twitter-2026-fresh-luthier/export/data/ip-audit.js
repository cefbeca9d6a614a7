window.YTD.ip_audit.part0 = [
  {
    "ipAudit" : {
      "accountId" : "1178496023417856001",
      "createdAt" : "2025-02-11T19:40:58.226Z",
      "loginIp" : "203.0.113.87",
      "loginPortNumber" : "51874"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "1178496023417856001",
      "createdAt" : "2025-01-27T06:55:31.904Z",
      "loginIp" : "2001:db8:4f1c:900:e1d4:3b2a:91c0:5a07",
      "loginPortNumber" : "38642"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "1178496023417856001",
      "createdAt" : "2024-11-23T10:02:09.117Z",
      "loginIp" : "198.51.100.214",
      "loginPortNumber" : "43120"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "1178496023417856001",
      "createdAt" : "2024-09-04T20:51:44.650Z",
      "loginIp" : "198.51.100.214",
      "loginPortNumber" : "60218"
    }
  }
]