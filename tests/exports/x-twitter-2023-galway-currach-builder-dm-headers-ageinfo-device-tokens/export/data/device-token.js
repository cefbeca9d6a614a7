window.YTD.device_token.part0 = [
  {
    "deviceToken" : {
      "clientApplicationId" : "258901",
      "token" : "cQ7xY2mR9sK4vL1pN8bT3wE6zH0aJ5dF",
      "createdAt" : "2021-04-02T10:15:27.000Z",
      "lastSeenAt" : "2023-06-29T08:11:47.000Z",
      "clientApplicationName" : "Twitter for Android (Twitter. Inc)"
    }
  },
  {
    "deviceToken" : {
      "clientApplicationId" : "3033300",
      "token" : "Hn5uW8qZ2bV6yM0rT4kP9xC1gS7eA3jL",
      "createdAt" : "2022-11-19T21:48:06.000Z",
      "lastSeenAt" : "2023-06-16T19:22:58.000Z",
      "clientApplicationName" : "Twitter Web App (Twitter. Inc)"
    }
  }
]