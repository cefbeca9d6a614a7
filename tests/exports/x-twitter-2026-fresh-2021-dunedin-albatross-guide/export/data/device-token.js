window.YTD.device_token.part0 = [
  {
    "deviceToken" : {
      "clientApplicationId" : "3033300",
      "token" : "Wq8Lm2TzR5vK0pYc7XdN4bHs9JfG1aUeOi3nQ6rV",
      "createdAt" : "2021-10-29T07:14:57.418Z",
      "lastSeenAt" : "2021-10-29T07:14:57.420Z",
      "clientApplicationName" : "Twitter Web App (Twitter. Inc)"
    }
  },
  {
    "deviceToken" : {
      "clientApplicationId" : "49152",
      "token" : "Zp4Ht7Rk1Qn9Wv3Cx6Ld0Ej8Fb2Ms5Ug7Yo1Ta4Ki",
      "createdAt" : "2021-09-12T03:41:20.106Z",
      "lastSeenAt" : "2021-11-07T20:14:11.532Z",
      "clientApplicationName" : "Mobile Web (Twitter)"
    }
  }
]