window.YTD.device_token.part0 = [
  {
    "deviceToken" : {
      "clientApplicationId" : "129032",
      "token" : "Vq3LxT8pRm2KzW5nQ7bYc4Hd9Fs1Ge6J",
      "createdAt" : "2022-03-01T09:14:02.000Z",
      "lastSeenAt" : "2024-04-06T17:30:11.000Z",
      "clientApplicationName" : "Twitter for iPhone (Twitter. Inc)"
    }
  },
  {
    "deviceToken" : {
      "clientApplicationId" : "3033300",
      "token" : "Bn6RwP2sLq9TxM4vKc8ZdH3jYf7Ue5Aa",
      "createdAt" : "2023-11-19T20:45:37.000Z",
      "lastSeenAt" : "2024-03-28T19:06:02.000Z",
      "clientApplicationName" : "Twitter Web App (Twitter. Inc)"
    }
  }
]
