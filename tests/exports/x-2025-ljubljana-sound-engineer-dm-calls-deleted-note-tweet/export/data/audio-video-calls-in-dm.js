window.YTD.audio_video_calls_in_dm.part0 = [
  {
    "broadcast" : {
      "id" : "1ypKdAqwZnVGW",
      "createdAt" : "2025-03-11T17:02:14.512Z",
      "updatedAt" : "2025-03-11T17:02:19.880Z",
      "endAt" : "2025-03-11T17:24:51.006Z",
      "inviteesTwitter" : [
        "1290448172635209728"
      ]
    },
    "sessions" : [
      {
        "hostBroadcastID" : "1ypKdAqwZnVGW",
        "createdAt" : "2025-03-11T17:02:14.601Z",
        "startedAt" : "2025-03-11T17:02:20.114Z",
        "publishedAt" : "2025-03-11T17:02:20.532Z",
        "endedAt" : "2025-03-11T17:24:50.877Z",
        "endReason" : "HostEnded",
        "twitterUserID" : "1417720394851627009"
      }
    ]
  },
  {
    "broadcast" : {
      "id" : "1BRJjmNwLqExw",
      "createdAt" : "2025-06-02T20:41:03.220Z",
      "updatedAt" : "2025-06-02T20:41:09.004Z",
      "endAt" : "2025-06-02T20:41:48.771Z",
      "inviteesTwitter" : [
        "983214506172940288"
      ]
    },
    "sessions" : [
      {
        "hostBroadcastID" : "1BRJjmNwLqExw",
        "createdAt" : "2025-06-02T20:41:03.318Z",
        "startedAt" : "2025-06-02T20:41:09.230Z",
        "publishedAt" : "2025-06-02T20:41:09.511Z",
        "endedAt" : "2025-06-02T20:41:48.650Z",
        "endReason" : "NoAnswer",
        "twitterUserID" : "1417720394851627009"
      }
    ]
  }
]