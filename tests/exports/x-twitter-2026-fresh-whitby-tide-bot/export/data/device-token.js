window.YTD.device_token.part0 = [
  {
    "deviceToken" : {
      "clientApplicationId" : "3033300",
      "token" : "Hq4vN8sWb2LmZ7xKc1PtR9yDf3GjA6uE0oTiS5nB",
      "createdAt" : "2025-09-21T17:40:12.618Z",
      "lastSeenAt" : "2026-03-01T08:02:47.305Z",
      "clientApplicationName" : "Twitter Web App (Twitter, Inc.)"
    }
  },
  {
    "deviceToken" : {
      "clientApplicationId" : "258901",
      "token" : "pX3kR7mQ0wYe5TnJ2bVh8LsC4dGa9fUz1iOr6NqE",
      "createdAt" : "2024-11-08T06:15:33.904Z",
      "lastSeenAt" : "2026-02-27T21:18:09.771Z",
      "clientApplicationName" : "Twitter for Android (Twitter, Inc.)"
    }
  }
]