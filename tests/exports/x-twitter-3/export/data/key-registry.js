window.YTD.key_registry.part0 = [
  {
    "keyRegistryData" : {
      "userId" : "1496000000000000217",
      "registeredDevices" : {
        "deviceMetadataList" : [
          {
            "userAgent" : "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
            "registrationToken" : "3f9c2a71d04e8b65a1c7e2f90b4d6a38",
            "identityKey" : "BExAmPlEk3yQ9vT2mR7wZc1Ld8sHf4Nq0pJu6Yb5Xe3Ga9Ki2Oo7Ws1Mt4Rv8Cn6Hd0Lq2Ps5Uy3Ij7Fb1Zk9Ew4Ta=",
            "createdAt" : "2024-02-11T19:04:27.318Z",
            "deviceId" : "5b1e9c3a-72d4-4f0e-9a6b-0c8d2e4f7a19"
          },
          {
            "userAgent" : "TwitterAndroid/10.38.0-release.0 (310380000-r-0) SM-S911B/14 (samsung;SM-S911B;samsung;dm1q;0;;1;2015)",
            "registrationToken" : "b72e05f4c91a3d68e0f1a7c4295db8e3",
            "identityKey" : "BExAmPlE9rKw2Tq7Vn4Ys1Pb6Hm3Lc8Jf0Xd5Ga2Zu9Oe4Ri7Sk1Wt6Nq3Mv8Ch0Ly5Dp2Ub7Ij4Fo9Ea1Hz6Kx3Tg=",
            "createdAt" : "2024-03-02T07:51:09.842Z",
            "deviceId" : "e40a7d21-5c8f-4b93-b1e6-9f2c03d85a74"
          }
        ]
      },
      "deregisteredDevices" : {
        "deRegisteredDeviceMetadataList" : [ ]
      }
    }
  }
]
