window.YTD.deleted_tweet_headers.part0 = [
  {
    "tweet" : {
      "tweet_id" : "1958741190276337811",
      "user_id" : "1372904518836142081",
      "created_at" : "Fri Aug 22 03:14:52 +0000 2025",
      "deleted_at" : "Fri Aug 22 03:16:07 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1927659013748260972",
      "user_id" : "1372904518836142081",
      "created_at" : "Thu May 29 08:42:30 +0000 2025",
      "deleted_at" : "Sat May 31 21:05:44 +0000 2025"
    }
  }
]