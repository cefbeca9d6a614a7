window.YTD.key_registry.part0 = [
  {
    "keyRegistryData" : {
      "userId" : "1621907345521876993",
      "registeredDevices" : {
        "deviceMetadataList" : [
          {
            "userAgent" : "TwitterAndroid/10.71.0-release.0 (310710000-r-0) Pixel 8a/15 (Google;Pixel 8a;google;akita;0;;1;2021)",
            "registrationToken" : "c41f0a9e7b2d58e36a17f4c09b8e2d75",
            "identityKey" : "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE3rVq8KxN2cTmW0pYhL5uJzB7fGdA1eSoQ9iXkR4nHbVt6PwCyMa2Ejl8UqDsF0gZ7hNkYvTb5LcR1oXwPm3Kqe==",
            "createdAt" : "2024-12-02T06:52:11.730Z",
            "deviceId" : "3f8c2a71-5d4e-4b96-a0c8-e17b29d6f450"
          },
          {
            "userAgent" : "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
            "registrationToken" : "0b9e47d2c6a1f83e5d27b90c4a6e18f3",
            "identityKey" : "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEpL2wT9cQx6Vn4bHf0sJmA3kY8uEr7dZoN1iGtC5yWqKaM2vBlx9Fe4PjU0hS6nRgDcX7ToiV3zbY8LqWm5Nfkg==",
            "createdAt" : "2025-01-15T21:08:44.019Z",
            "deviceId" : "b07e19d4-2c8a-4f35-9e61-5a4d3c8b72e0"
          }
        ]
      },
      "deregisteredDevices" : {
        "deRegisteredDeviceMetadataList" : [ ]
      }
    }
  }
]