window.YTD.key_registry.part0 = [
  {
    "keyRegistryData" : {
      "userId" : "1191722465261431068",
      "registeredDevices" : {
        "deviceMetadataList" : [
          {
            "userAgent" : "TwitterAndroid/11.12.0-release.0 (311120000-r-0) RMX3834/14 (realme;RMX3834;realme;RE5C9F;0;;0;2016)",
            "registrationToken" : "7c41e09ab2d35f86e1c04a97d3b25f18",
            "identityKey" : "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEq4Nw2bTz8KpV1mXcR7sLd0Yf3GhJe9UoAi5BkWnPv6MtQ2ZyC8aXrE1sDg4HfLj7Ku0OiN3bVw5TqYpR2xSz9g==",
            "createdAt" : "2025-02-03T08:21:10.338Z",
            "deviceId" : "3f9a1c7e-52d0-4b8e-a6f1-0c2d7e94b3a5"
          }
        ]
      },
      "deregisteredDevices" : {
        "deRegisteredDeviceMetadataList" : [ ]
      }
    }
  }
]