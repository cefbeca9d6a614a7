window.YTD.device_token.part0 = [
  {
    "deviceToken" : {
      "clientApplicationId" : "258901",
      "token" : "Rk9wN3JxT2hLc2xmQ2VhR1pqVW1EbHh3",
      "createdAt" : "2023-01-31T14:22:08.120Z",
      "lastSeenAt" : "2025-06-02T07:41:55.402Z",
      "clientApplicationName" : "Twitter for iPhone"
    }
  },
  {
    "deviceToken" : {
      "clientApplicationId" : "3033300",
      "token" : "bTR5cVpXc0FhZ1Z0RWtKcHVOb0x6Ynlm",
      "createdAt" : "2024-11-12T18:30:44.017Z",
      "lastSeenAt" : "2025-05-29T21:03:12.880Z",
      "clientApplicationName" : "Twitter Web App"
    }
  }
]
