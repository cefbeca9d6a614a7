window.YTD.device_token.part0 = [
  {
    "deviceToken" : {
      "clientApplicationId" : "129032",
      "token" : "c4Qv0nL7TzS1pWm8xE3yRk:APA91bH2ZrX7yQmVw0Lk5Dn8Tp3Jf6Sa1Gc9Ue4Ob2Hi7Ny",
      "createdAt" : "2023-08-14T05:22:47.612Z",
      "lastSeenAt" : "2025-04-01T19:30:11.004Z",
      "clientApplicationName" : "Twitter for Android"
    }
  },
  {
    "deviceToken" : {
      "clientApplicationId" : "3033300",
      "token" : "Wm1Tb0JzS2x4cFJ2N2ZqYkN6cUdoUHdUc2FZdkVvTmw=",
      "createdAt" : "2021-07-09T21:05:33.201Z",
      "lastSeenAt" : "2024-12-30T08:44:59.870Z",
      "clientApplicationName" : "Twitter Web App"
    }
  }
]