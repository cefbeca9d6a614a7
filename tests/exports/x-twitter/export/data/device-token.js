window.YTD.device_token.part0 = [
  {
    "deviceToken" : {
      "clientApplicationId" : "258901",
      "token" : "dGVzdC1wdXNoLXRva2VuLWV4YW1wbGUtMDAx",
      "createdAt" : "2022-01-09T10:22:31.881Z",
      "lastSeenAt" : "2023-06-02T07:40:58.120Z",
      "clientApplicationName" : "Twitter for Android"
    }
  },
  {
    "deviceToken" : {
      "clientApplicationId" : "129032",
      "token" : "ZXhhbXBsZS1hcG5zLXRva2VuLTAwMg==",
      "createdAt" : "2023-03-18T16:05:12.404Z",
      "lastSeenAt" : "2023-05-26T06:58:02.610Z",
      "clientApplicationName" : "Twitter for iPhone"
    }
  }
]