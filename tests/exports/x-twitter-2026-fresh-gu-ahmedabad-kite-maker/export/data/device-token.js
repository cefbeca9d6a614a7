window.YTD.device_token.part0 = [
  {
    "deviceToken" : {
      "clientApplicationId" : "258901",
      "token" : "Vh3ZqN8wKp2XrT5mLc9BdF4sYj7GeA1uQo6iWn0R",
      "createdAt" : "2025-02-03T08:19:44.512Z",
      "lastSeenAt" : "2026-01-12T13:58:21.076Z",
      "clientApplicationName" : "Twitter for Android (Twitter, Inc.)"
    }
  }
]