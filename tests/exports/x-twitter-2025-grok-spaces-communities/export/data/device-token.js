window.YTD.device_token.part0 = [
  {
    "deviceToken" : {
      "clientApplicationId" : "129032",
      "token" : "VGhpc0lzQW5FeGFtcGxlUHVzaFRva2VuMDAxZGFnbnk=",
      "createdAt" : "2024-03-30T09:14:22.610Z",
      "lastSeenAt" : "2025-06-18T05:59:40.077Z",
      "clientApplicationName" : "Twitter for iPhone"
    }
  },
  {
    "deviceToken" : {
      "clientApplicationId" : "3033300",
      "token" : "Rk9yYWdlRXhhbXBsZVdlYlRva2VuMDAyZGFnbnk",
      "createdAt" : "2025-02-09T16:27:51.203Z",
      "lastSeenAt" : "2025-05-30T21:44:13.958Z",
      "clientApplicationName" : "Twitter Web App (Twitter. Inc)"
    }
  }
]