window.YTD.device_token.part0 = [
  {
    "deviceToken" : {
      "clientApplicationId" : "258901",
      "token" : "dQ7xL2pVr9KzT4mWc8NbYe1HsJ6uFgA3",
      "createdAt" : "2021-04-29T03:11:46.412Z",
      "lastSeenAt" : "2022-05-30T16:08:21.907Z",
      "clientApplicationName" : "Twitter for Android"
    }
  },
  {
    "deviceToken" : {
      "clientApplicationId" : "3033300",
      "token" : "Vw3nKc8RzP1sLq6TgX0bHm5YdJ2eUa9F",
      "createdAt" : "2022-02-03T11:27:55.128Z",
      "lastSeenAt" : "2022-05-21T09:44:02.361Z",
      "clientApplicationName" : "Twitter Web App"
    }
  }
]