window.YTD.key_registry.part0 = [
  {
    "keyRegistryData" : {
      "userId" : "1127139940989436150",
      "registeredDevices" : {
        "deviceMetadataList" : [
          {
            "userAgent" : "TwitterAndroid/11.41.0-release.0 (311410000-r-0) SM-A546B/14 (samsung;SM-A546B;samsung;a54x;0;;1;2018)",
            "registrationToken" : "4f1d8c27b90e63a5d2c7481e9f03b6a4",
            "identityKey" : "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEq7Xn2Lw9cR4tVb1KfJ8sDg3Mh6PzYo0aUe5Ni2ArSkq9ZpTx4Wm7Cv1Lb8Hd3Fj6Gy0Qe2Ru5Is9Tk4Ol7Nw==",
            "createdAt" : "2025-03-08T10:12:44.509Z",
            "deviceId" : "b5e2c8f1-3a9d-4e07-8c61-2f4d9a7b0e35"
          }
        ]
      },
      "deregisteredDevices" : {
        "deRegisteredDeviceMetadataList" : [ ]
      }
    }
  }
]