window.YTD.key_registry.part0 = [
  {
    "keyRegistryData" : {
      "userId" : "1529384710293847045",
      "registeredDevices" : {
        "deviceMetadataList" : [
          {
            "userAgent" : "TwitterAndroid/10.92.0-release.0 (310920000-r-0) SM-A356B/14 (samsung;SM-A356B;samsung;a35x;0;;0;2020)",
            "registrationToken" : "7ce70948290813b445af174105b53cc4",
            "identityKey" : "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEgy4jeAg7GHVkWtnC6yscGzfpW4y9tsoiyVOvyq/hji4rKNgBbAGmWvL8NUUApBik4c7lVm25rHtg2cV/Fwg5pw==",
            "createdAt" : "2025-05-19T21:07:33.418Z",
            "deviceId" : "8a528589-a9c8-480e-94c1-77808bc023e0"
          },
          {
            "userAgent" : "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Safari/537.36",
            "registrationToken" : "29bb25e7ab11aab31a68934e62cc7558",
            "identityKey" : "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEUD5Vc8qlt9JrfSKvANAauvNE2XKABBiTLyRlpCcDNu9xUbPId3fzW7zMPD2H/+h+9mYJfjMcInbED23eONX8gQ==",
            "createdAt" : "2025-09-19T16:48:02.095Z",
            "deviceId" : "6a27e39c-bc26-4d0f-9893-9bcd390a3a75"
          }
        ]
      },
      "deregisteredDevices" : {
        "deRegisteredDeviceMetadataList" : [ ]
      }
    }
  }
]