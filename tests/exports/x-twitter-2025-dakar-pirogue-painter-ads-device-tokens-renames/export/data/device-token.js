window.YTD.device_token.part0 = [
  {
    "deviceToken" : {
      "clientApplicationId" : "258901",
      "token" : "Tn5Qa8Lw2Xe7Rc4Vb1Zk9Pm6Hd3Jf0Gs8Uy2Io5E",
      "createdAt" : "2023-05-14T11:20:45.712Z",
      "lastSeenAt" : "2025-03-21T17:40:02.119Z",
      "clientApplicationName" : "Twitter for Android"
    }
  },
  {
    "deviceToken" : {
      "clientApplicationId" : "3033300",
      "token" : "Bv6Yh1Km8Np3Qr0St5Uw2Xz7Ac4De9Fg6Hj1Kl3Mn",
      "createdAt" : "2024-11-02T08:03:19.004Z",
      "lastSeenAt" : "2024-11-02T08:03:19.006Z",
      "clientApplicationName" : "Twitter Web App (Twitter. Inc)"
    }
  }
]