window.YTD.device_token.part0 = [
  {
    "deviceToken" : {
      "clientApplicationId" : "258901",
      "token" : "Qm9ndXNUb2tlbkZvclRlc3RzT25seVRhcnR1Q2hvaXIyMDIz",
      "createdAt" : "2023-05-10T07:12:33.201Z",
      "lastSeenAt" : "2024-03-14T09:19:02.774Z",
      "clientApplicationName" : "Twitter for Android"
    }
  },
  {
    "deviceToken" : {
      "clientApplicationId" : "3033300",
      "token" : "RmFrZVdlYlB1c2hUb2tlbkV4YW1wbGVPbmx5NzcyMQ",
      "createdAt" : "2022-02-19T18:40:07.550Z",
      "lastSeenAt" : "2022-11-30T20:05:41.112Z",
      "clientApplicationName" : "Twitter Web App"
    }
  }
]