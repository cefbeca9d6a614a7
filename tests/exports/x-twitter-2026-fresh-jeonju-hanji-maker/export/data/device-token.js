window.YTD.device_token.part0 = [
  {
    "deviceToken" : {
      "clientApplicationId" : "258901",
      "token" : "Rk7tWm2QpZ9xLc4NvB8hYs3JdA6fGu1EoT5iKqHw",
      "createdAt" : "2023-03-02T10:48:12.653Z",
      "lastSeenAt" : "2026-02-19T22:41:07.419Z",
      "clientApplicationName" : "Twitter for Android (Twitter, Inc.)"
    }
  },
  {
    "deviceToken" : {
      "clientApplicationId" : "3033300",
      "token" : "Mz4cVb8NqT1wLk6RyP2sXh9JeF3gDa7UoC0iWnBt",
      "createdAt" : "2026-01-27T02:11:30.882Z",
      "lastSeenAt" : "2026-01-27T02:11:30.883Z",
      "clientApplicationName" : "Twitter Web App (Twitter. Inc)"
    }
  }
]