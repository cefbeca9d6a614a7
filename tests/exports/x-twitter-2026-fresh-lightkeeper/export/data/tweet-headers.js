window.YTD.tweet_headers.part0 = [
  {
    "tweet" : {
      "tweet_id" : "1695907549936238322",
      "user_id" : "1144244787344904192",
      "created_at" : "Sun Aug 27 21:14:03 +0000 2023"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1682919120043036663",
      "user_id" : "1144244787344904192",
      "created_at" : "Sun Jul 23 01:02:40 +0000 2023"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1656702031494010395",
      "user_id" : "1144244787344904192",
      "created_at" : "Thu May 11 16:45:19 +0000 2023"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1627445133704227044",
      "user_id" : "1144244787344904192",
      "created_at" : "Sun Feb 19 23:08:51 +0000 2023"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1614691433841275724",
      "user_id" : "1144244787344904192",
      "created_at" : "Sun Jan 15 18:30:12 +0000 2023"
    }
  }
]