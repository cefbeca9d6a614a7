window.YTD.device_token.part0 = [
  {
    "deviceToken" : {
      "clientApplicationId" : "258901",
      "token" : "pQ7vNw2XtR9LmZk4HsB8cYdF1gJ6aE3uVo0iTq5W",
      "createdAt" : "2025-03-08T10:12:40.118Z",
      "lastSeenAt" : "2026-12-03T18:44:09.602Z",
      "clientApplicationName" : "Twitter for Android (Twitter, Inc.)"
    }
  }
]