window.YTD.device_token.part0 = [ {
  "deviceToken" : {
    "clientApplicationId" : "129032",
    "token" : "IiIfrPQuZ68smaG2aXTkLmtphiQlViljy51jmOni",
    "createdAt" : "2019-08-02T06:41:18.115Z",
    "lastSeenAt" : "2020-09-19T20:12:44.871Z",
    "clientApplicationName" : "Twitter for iPhone (Twitter)"
  }
}, {
  "deviceToken" : {
    "clientApplicationId" : "3033300",
    "token" : "6QGe2epVyCbiHmMt61a7RibwXQJU43DboQUQxUhr",
    "createdAt" : "2020-03-28T10:05:51.602Z",
    "lastSeenAt" : "2020-09-17T08:31:09.240Z",
    "clientApplicationName" : "Twitter Web App (Twitter. Inc)"
  }
}, {
  "deviceToken" : {
    "clientApplicationId" : "268278",
    "token" : "3cokAdza1OjSmZ5qprBayFZnc6dwF4809WVgebE7",
    "createdAt" : "2019-11-03T17:44:20.019Z",
    "lastSeenAt" : "2020-01-12T18:02:57.338Z",
    "clientApplicationName" : "Twitter Web Client (Twitter, Inc.)"
  }
} ]