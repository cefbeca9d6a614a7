window.YTD.device_token.part0 = [
  {
    "deviceToken" : {
      "clientApplicationId" : "258901",
      "token" : "Xk3pQ9vR2mT7wZ1aL8cN4bY6dF0hJ5sG",
      "createdAt" : "2021-11-02T20:41:18.000Z",
      "lastSeenAt" : "2024-12-29T07:03:55.000Z",
      "clientApplicationName" : "Twitter for iPhone"
    }
  },
  {
    "deviceToken" : {
      "clientApplicationId" : "3033300",
      "token" : "pW8nB2kE5rU1tY7iO3aS9dG4fH6jK0lZ",
      "createdAt" : "2023-06-14T16:22:40.000Z",
      "lastSeenAt" : "2025-01-08T18:47:12.000Z",
      "clientApplicationName" : "Twitter Web App"
    }
  }
]
