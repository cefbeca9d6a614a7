window.YTD.key_registry.part0 = [
  {
    "registeredDevices" : {
      "deviceMetadataList" : [
        {
          "userAgent" : "Mozilla/5.0 (X11; Linux x86_64; rv:124.0) Gecko/20100101 Firefox/124.0",
          "registrationToken" : "c81f4e0a93d27b6654e10fa2d8b3c719",
          "identityKey" : "9F3A21C7",
          "createdAt" : "2024-03-11T00:48:19.604Z",
          "deviceId" : "5b0e2c9d-7f41-4a83-b612-e09d4c7a3f58"
        },
        {
          "userAgent" : "TwitterAndroid/10.37.0-release.0 (310370000-r-0) SM-A546E/14 (samsung;SM-A546E;samsung;a54x;0;;1;2015)",
          "registrationToken" : "47ad09e1bb3c58f2e60d71a4c9f83b25",
          "identityKey" : "D40B88E2",
          "createdAt" : "2024-04-02T13:12:57.118Z",
          "deviceId" : "a3e1f7c0-29d8-4b56-8e0a-71c4d2b9f613"
        }
      ]
    }
  }
]