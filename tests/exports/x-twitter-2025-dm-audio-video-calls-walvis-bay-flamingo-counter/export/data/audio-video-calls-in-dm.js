window.YTD.audio_video_calls_in_dm.part0 = [
  {
    "broadcast" : {
      "id" : "1vOxwmplQkRGB",
      "createdAt" : "2025-03-08T06:12:40.118Z",
      "updatedAt" : "2025-03-08T06:31:02.554Z",
      "endAt" : "2025-03-08T06:31:02.554Z",
      "inviteesTwitter" : [
        "1450028831076270082"
      ]
    },
    "sessions" : [
      {
        "hostBroadcastID" : "1vOxwmplQkRGB",
        "createdAt" : "2025-03-08T06:12:41.903Z",
        "startedAt" : "2025-03-08T06:12:58.310Z",
        "publishedAt" : "2025-03-08T06:12:58.402Z",
        "endedAt" : "2025-03-08T06:31:01.977Z",
        "endReason" : "HANG_UP",
        "twitterUserID" : "1450028831076270082"
      }
    ]
  },
  {
    "broadcast" : {
      "id" : "1mrxmplZaYbKX",
      "createdAt" : "2025-05-19T17:45:03.660Z",
      "updatedAt" : "2025-05-19T17:45:34.012Z",
      "endAt" : "2025-05-19T17:45:34.012Z",
      "inviteesTwitter" : [
        "1290511764400132096",
        "1450028831076270082"
      ]
    },
    "sessions" : [ ]
  }
]