window.YTD.key_registry.part0 = [
  {
    "registeredDevices" : {
      "deviceMetadataList" : [
        {
          "userAgent" : "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
          "registrationToken" : "6f1c0e9a4b2d47a8b3e5d9c01f7a2e64",
          "identityKey" : "Q0ZGRTAxQkEyNzM5NDRFMA==",
          "createdAt" : "2025-02-03T19:22:10.431Z",
          "deviceId" : "3b9e7c21-5a0d-4f6e-8c12-d47e90ab31f5"
        },
        {
          "userAgent" : "TwitterAndroid/10.94.0-release.0 (310940000-r-0) Pixel 8a/15 (Google;Pixel 8a;google;akita;0;;1;2016)",
          "registrationToken" : "a02d5f8e91c34b7fb06e2d8c4a19f3b7",
          "identityKey" : "MDlBQjc3RTEzQzVGNDIyOA==",
          "createdAt" : "2025-04-27T07:48:55.902Z",
          "deviceId" : "c41f0a86-2e7b-49d3-b5a8-7f03e6d2c9b4"
        }
      ]
    }
  }
]