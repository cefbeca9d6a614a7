window.YTD.device_token.part0 = [
  {
    "deviceToken" : {
      "clientApplicationId" : "258901",
      "token" : "fT7kQ2mZx9LwR4pNc8VbY1sHd6Gj3aEu",
      "createdAt" : "2025-06-18T12:03:01.000Z",
      "lastSeenAt" : "2025-11-02T23:48:19.000Z",
      "clientApplicationName" : "Twitter for Android"
    }
  },
  {
    "deviceToken" : {
      "clientApplicationId" : "3033300",
      "token" : "Ka9Vd4Lq1Tz7Xw3Ns6Rb0Yh2Mf8Pc5Ue",
      "createdAt" : "2025-02-03T19:47:12.000Z",
      "lastSeenAt" : "2025-10-29T14:22:40.000Z",
      "clientApplicationName" : "Twitter Web App"
    }
  }
]
