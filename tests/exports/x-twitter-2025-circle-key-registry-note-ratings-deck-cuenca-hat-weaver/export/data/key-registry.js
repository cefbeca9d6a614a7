window.YTD.key_registry.part0 = [
  {
    "registeredDevices" : {
      "deviceMetadataList" : [
        {
          "userAgent" : "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
          "registrationToken" : "c41e07a9d2b85f36e0a17c94b3d8e25f",
          "identityKey" : "BFq2mT9xK4wLr7VzNc8HpY3sD6gJ1aEoUi5tQkWnXyZ0bR2vCe4M",
          "createdAt" : "2025-02-03T19:47:05.311Z",
          "deviceId" : "6d2f8a14-93bc-4e07-b5a1-7c0e3f92d458"
        },
        {
          "userAgent" : "TwitterAndroid/10.82.0-release.0 (310820000-r-0) SM-A546E/14 (samsung;SM-A546E;samsung;a54x;0;;1;2016)",
          "registrationToken" : "0b9e5c73a1f24d68e8c3b07a6d15f92e",
          "identityKey" : "BMx7Lw2pQe9Rk4Tn6Yv1Zc3Hb8Ud5Fs0Ja7Gm2Oi4Kq9Nt6Wr1XeP",
          "createdAt" : "2025-06-18T12:02:44.078Z",
          "deviceId" : "a93c0e5b-27f4-4d1a-8c6e-e1b4075f3a2d"
        }
      ]
    }
  }
]
