window.YTD.tweet_headers.part0 = [
  {
    "tweet" : {
      "tweet_id" : "1925539184920457216",
      "user_id" : "1702845519306412032",
      "created_at" : "Thu May 22 12:12:48 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1907486022461990912",
      "user_id" : "1702845519306412032",
      "created_at" : "Wed Apr 02 23:15:40 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1907483316628410368",
      "user_id" : "1702845519306412032",
      "created_at" : "Wed Apr 02 23:04:55 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1904215530094465024",
      "user_id" : "1702845519306412032",
      "created_at" : "Mon Mar 24 15:38:02 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1898765540021927936",
      "user_id" : "1702845519306412032",
      "created_at" : "Sun Mar 09 21:41:17 +0000 2025"
    }
  }
]