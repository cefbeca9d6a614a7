window.YTD.key_registry.part0 = [
  {
    "keyRegistryData" : {
      "userId" : "1301847265930117120",
      "registeredDevices" : {
        "deviceMetadataList" : [
          {
            "userAgent" : "TwitterAndroid/10.72.0-release.0 (310720000-r-0) SM-A155F/14 (samsung;SM-A155F;samsung;a15;0;;1;2016)",
            "registrationToken" : "7c1e94b05fd2a38e6b0c4d9172ae53f8",
            "identityKey" : "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEq3Xv9LmT2cR8pWnK5sYbH0eJdF4uGzA7iOt1VxQwMNc6rPkE2hZyUaLf8gS3jWbCtD9mRoX5vIeK0nHq4TlyPw==",
            "createdAt" : "2024-06-24T07:12:05.233Z",
            "deviceId" : "5b8e2f41-9c0d-4a7e-b316-e2d47f90ca18"
          },
          {
            "userAgent" : "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
            "registrationToken" : "e02b7d5519c8fa46a3d1b08e7c65f2a9",
            "identityKey" : "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE8hWc2Nq5LrT0xVz7YpKm3dFb9GuE4aJs6oHiR1tXlQeCvB5nMyA0wZkD2fP7gUjS8rOcLqT3vIbX9mHe6NaKdw==",
            "createdAt" : "2025-01-14T10:37:29.861Z",
            "deviceId" : "c3a90d6e-27f1-4b85-8e4c-1f6b03d9a572"
          }
        ]
      },
      "deregisteredDevices" : {
        "deRegisteredDeviceMetadataList" : [ ]
      }
    }
  }
]