window.YTD.device_token.part0 = [
  {
    "deviceToken" : {
      "clientApplicationId" : "3033300",
      "token" : "Vb7qKw2NcR9xLt4mZp8sHd3YfJ6uGa1eXo5iTnQw",
      "createdAt" : "2024-11-02T21:15:44.903Z",
      "lastSeenAt" : "2025-05-21T23:31:02.118Z",
      "clientApplicationName" : "Twitter Web App (Twitter. Inc)"
    }
  },
  {
    "deviceToken" : {
      "clientApplicationId" : "3033300",
      "token" : "Pm4nXs8dLq1wRk6tBv9cHz2JgF7yEu3aWo0iSnMe",
      "createdAt" : "2025-03-18T12:02:37.551Z",
      "lastSeenAt" : "2025-03-18T12:02:37.552Z",
      "clientApplicationName" : "Twitter Web App (Twitter. Inc)"
    }
  }
]