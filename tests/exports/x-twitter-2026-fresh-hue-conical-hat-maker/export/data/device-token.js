window.YTD.device_token.part0 = [
  {
    "deviceToken" : {
      "clientApplicationId" : "258901",
      "token" : "Hq3Nw7Tz1Lk8Vb5Xc2Rm9Pd4Sf6Gj0Ya3Ue8Io1Kn",
      "createdAt" : "2024-05-19T03:22:48.117Z",
      "lastSeenAt" : "2026-03-09T23:58:12.664Z",
      "clientApplicationName" : "Twitter for Android (Twitter, Inc.)"
    }
  },
  {
    "deviceToken" : {
      "clientApplicationId" : "3033300",
      "token" : "Zc5Vx2Bn8Mq1Wl4Er7Ty0Ui3Op6As9Df2Gh5Jk8Lz",
      "createdAt" : "2026-02-11T08:27:30.845Z",
      "lastSeenAt" : "2026-02-11T08:27:30.846Z",
      "clientApplicationName" : "Twitter Web App (Twitter. Inc)"
    }
  }
]