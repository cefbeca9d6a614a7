window.YTD.device_token.part0 = [
  {
    "deviceToken" : {
      "clientApplicationId" : "-1",
      "token" : "Qm7xT2vLk9pWe4RzHc1NyUa8JdF3sGb6oKi0tEq5",
      "createdAt" : "1970-01-01T00:00:00.000Z",
      "lastSeenAt" : "2024-10-30T20:11:47.302Z",
      "clientApplicationName" : ""
    }
  },
  {
    "deviceToken" : {
      "clientApplicationId" : "3033300",
      "token" : "Zp4cN8eVr1yXk6TbMw3LhQo9SaDu2GiF5jEt0WnB",
      "createdAt" : "2025-01-19T09:02:33.118Z",
      "lastSeenAt" : "2025-02-27T18:40:05.671Z",
      "clientApplicationName" : "Twitter Web App (Twitter. Inc)"
    }
  },
  {
    "deviceToken" : {
      "clientApplicationId" : "258901",
      "token" : "Hy8uJ1kOb5mRt2EwXq7ZcVn4LsAg0PdI3fTe6YiC",
      "createdAt" : "2024-11-02T14:55:20.904Z",
      "lastSeenAt" : "2025-03-15T06:57:41.229Z",
      "clientApplicationName" : "Twitter for Android"
    }
  }
]
