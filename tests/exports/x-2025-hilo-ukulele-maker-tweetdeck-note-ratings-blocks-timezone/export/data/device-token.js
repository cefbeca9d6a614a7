window.YTD.device_token.part0 = [
  {
    "deviceToken" : {
      "clientApplicationId" : "258901",
      "token" : "Vq3mT8xLr2KpZ9wYdN4hJc7sFb1QeU6aGo0iRk5",
      "createdAt" : "2023-02-06T22:51:04.339Z",
      "lastSeenAt" : "2025-04-02T18:16:40.112Z",
      "clientApplicationName" : "Twitter for Android"
    }
  },
  {
    "deviceToken" : {
      "clientApplicationId" : "3033300",
      "token" : "pH7nW2cXz5Lq8RtB3vMa6YkE9dJs4UfG1oTi0Ne",
      "createdAt" : "2024-05-14T03:09:27.805Z",
      "lastSeenAt" : "2025-03-28T06:44:13.560Z",
      "clientApplicationName" : "Twitter Web App"
    }
  }
]
