window.YTD.key_registry.part0 = [
  {
    "registeredDevices" : {
      "deviceMetadataList" : [
        {
          "userAgent" : "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:126.0) Gecko/20100101 Firefox/126.0",
          "registrationToken" : "4f1c9a0e72b3d85e6a1f0c4d9b27e831",
          "identityKey" : "BHx0d3JpdGVyLWtleS1pbnZlbnRlZC0xMjM0NTY3ODkw",
          "createdAt" : "2025-03-14T07:22:51.304Z",
          "deviceId" : "c3e1a7f2-50b9-4d2e-9a61-7f08e2b4c915"
        },
        {
          "userAgent" : "TwitterAndroid/10.41.0-release.0 (310410000-r-0) SM-A546B/14 (Samsung;SM-A546B;samsung;a54x;0;;1;2015)",
          "registrationToken" : "9b0e3d47c1a85f26e4d09a7b3c5f1e62",
          "identityKey" : "BKa9c2RldmljZS1rZXktaW52ZW50ZWQtOTg3NjU0MzIx",
          "createdAt" : "2025-09-02T18:05:09.771Z",
          "deviceId" : "8d24f06b-1c3e-47a9-b5d2-e9a0c7f31b48"
        }
      ]
    }
  }
]
