window.YTD.device_token.part0 = [
  {
    "deviceToken" : {
      "clientApplicationId" : "3102987",
      "token" : "Zr8KpQ2mW5tYxN0vB7cLs4HdJ1gF9aEuR6oTiVnM",
      "createdAt" : "2024-06-24T07:11:38.402Z",
      "lastSeenAt" : "2025-09-03T15:20:09.117Z",
      "clientApplicationName" : "Twitter for Android (Twitter, Inc.)"
    }
  },
  {
    "deviceToken" : {
      "clientApplicationId" : "482166",
      "token" : "Hc3VtR9yLq6WnB2xPa5KsE8dGm0fJ4uZoQ7iTwYe",
      "createdAt" : "2023-11-02T13:45:51.076Z",
      "lastSeenAt" : "2024-05-30T18:02:44.930Z",
      "clientApplicationName" : "Twitter Web App (Twitter, Inc.)"
    }
  }
]