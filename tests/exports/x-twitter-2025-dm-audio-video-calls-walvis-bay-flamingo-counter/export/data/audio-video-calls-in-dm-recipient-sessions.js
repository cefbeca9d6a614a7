window.YTD.audio_video_calls_in_dm_recipient_sessions.part0 = [
  {
    "createdAt" : "2025-04-02T19:20:11.047Z",
    "publishedAt" : "2025-04-02T19:20:19.871Z",
    "startedAt" : "2025-04-02T19:20:19.790Z",
    "lastPingedAt" : "2025-04-02T19:47:55.312Z",
    "endedAt" : "2025-04-02T19:48:00.105Z",
    "endReason" : "HANG_UP",
    "hostBroadcastID" : "1djxmplNvWqLP",
    "twitterUserID" : "1683920457718362113"
  },
  {
    "createdAt" : "2025-06-11T05:58:37.500Z",
    "publishedAt" : null,
    "startedAt" : null,
    "lastPingedAt" : null,
    "endedAt" : "2025-06-11T05:59:07.502Z",
    "endReason" : "TIMEOUT",
    "hostBroadcastID" : "1ypxmplKoRtHZ",
    "twitterUserID" : "1683920457718362113"
  }
]