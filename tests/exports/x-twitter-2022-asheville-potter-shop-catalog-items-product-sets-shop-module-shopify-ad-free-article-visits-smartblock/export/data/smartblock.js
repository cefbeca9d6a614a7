window.YTD.smartblock.part0 = [
  {
    "smartblock" : {
      "accountId" : "1551920473390301187",
      "userLink" : "https://twitter.com/intent/user?user_id=1551920473390301187",
      "createdAt" : "2022-09-03T03:12:44.000Z",
      "expiresAt" : "2022-09-10T03:12:44.000Z",
      "ttl" : "7 days"
    }
  },
  {
    "smartblock" : {
      "accountId" : "1487336019652608004",
      "userLink" : "https://twitter.com/intent/user?user_id=1487336019652608004",
      "createdAt" : "2022-11-17T18:55:09.000Z",
      "expiresAt" : "2022-11-18T18:55:09.000Z",
      "ttl" : "1 day"
    }
  }
]