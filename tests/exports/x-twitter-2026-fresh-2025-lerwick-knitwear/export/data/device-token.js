window.YTD.device_token.part0 = [
  {
    "deviceToken" : {
      "clientApplicationId" : "2871036",
      "token" : "pQ7vXr2LkTz9WmN4sYb6HcJd0EaFgU3iOoP8qRt5",
      "createdAt" : "2025-06-11T20:14:08.311Z",
      "lastSeenAt" : "2026-02-15T22:40:51.907Z",
      "clientApplicationName" : "Twitter for iPhone (Twitter, Inc.)"
    }
  },
  {
    "deviceToken" : {
      "clientApplicationId" : "1190423",
      "token" : "Zk3nB8sVq1XyT6mD0hLw4PcR9fGjE2aKuN7oYi5C",
      "createdAt" : "2026-01-20T08:55:02.146Z",
      "lastSeenAt" : "2026-01-20T08:55:02.147Z",
      "clientApplicationName" : "Twitter Web App (Twitter, Inc.)"
    }
  }
]