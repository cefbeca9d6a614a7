window.YTD.key_registry.part0 = [
  {
    "registeredDevices" : {
      "deviceMetadataList" : [
        {
          "userAgent" : "Mozilla/5.0 (Linux; Android 14; moto g54 5G) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.113 Mobile Safari/537.36",
          "registrationToken" : "7c1e04b9a2d84f6e93b05a1d7f2c8e60",
          "identityKey" : "BK3mZt9QfR2vXw8LpN0cYh4sJdA6uE1oTq7GkVb5",
          "createdAt" : "2024-05-11T02:47:30.115Z",
          "deviceId" : "5f0c2a91-7d3e-4b8a-a61f-93e2c7d40b18"
        },
        {
          "userAgent" : "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0",
          "registrationToken" : "e2a94d17c0b85f3a6d1e7029b4c8f5a3",
          "identityKey" : "BF8qWc2LrT6yHn0XvM4aKs9pDe3gJu7iZo1Nb5Rt",
          "createdAt" : "2025-02-03T21:14:08.660Z",
          "deviceId" : "c83b7e05-1a4f-4d92-8e6c-0b57f9a213de"
        }
      ]
    }
  }
]