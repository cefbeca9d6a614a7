window.YTD.audio_video_calls_in_dm_recipient_sessions.part0 = [
  {
    "hostBroadcastID" : "1mnxeRvBPjwKX",
    "createdAt" : "2025-04-07T09:15:40.119Z",
    "startedAt" : "2025-04-07T09:15:46.502Z",
    "publishedAt" : "2025-04-07T09:15:46.870Z",
    "lastPingedAt" : "2025-04-07T09:51:12.004Z",
    "endedAt" : "2025-04-07T09:51:15.338Z",
    "endReason" : "ParticipantLeft",
    "twitterUserID" : "1417720394851627009"
  },
  {
    "hostBroadcastID" : "1OwxWzPQnvLJQ",
    "createdAt" : "2025-08-22T18:30:02.775Z",
    "startedAt" : "2025-08-22T18:30:09.140Z",
    "publishedAt" : "2025-08-22T18:30:09.402Z",
    "lastPingedAt" : "2025-08-22T18:33:58.219Z",
    "endedAt" : "2025-08-22T18:34:00.091Z",
    "endReason" : "HostEnded",
    "twitterUserID" : "1417720394851627009"
  }
]