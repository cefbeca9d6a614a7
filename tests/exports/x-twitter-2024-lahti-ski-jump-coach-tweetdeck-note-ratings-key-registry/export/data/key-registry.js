window.YTD.key_registry.part0 = [
  {
    "registeredDevices" : {
      "deviceMetadataList" : [
        {
          "userAgent" : "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36",
          "registrationToken" : "5f0c2e9a7b31d84c6a1e03f9b2d7c548",
          "identityKey" : "A3F19C07",
          "createdAt" : "2024-01-09T10:14:03.517Z",
          "deviceId" : "c81f4a20-6d3b-4e97-9b05-2ea7d0f3b164"
        },
        {
          "userAgent" : "TwitterAndroid/10.28.0-release.0 (310280000-r-0) SM-A546B/14 (samsung;SM-A546B;samsung;a54x;0;;1;2015)",
          "registrationToken" : "e2b7090d4c6f18a3b5d92c07f1e4a86b",
          "identityKey" : "7D02BE55",
          "createdAt" : "2024-02-27T05:41:36.092Z",
          "deviceId" : "3a9e7c15-02f8-4b6d-a1c3-58d9e0b2f7a4"
        }
      ]
    }
  }
]
