window.YTD.deleted_tweet_headers.part0 = [
  {
    "tweet" : {
      "tweet_id" : "1991911369208786951",
      "user_id" : "1293548755743674369",
      "created_at" : "Fri Nov 21 16:47:33 +0000 2025",
      "deleted_at" : "Fri Nov 21 16:49:02 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1993984471069638660",
      "user_id" : "1293548755743674369",
      "created_at" : "Thu Nov 27 10:05:19 +0000 2025",
      "deleted_at" : "Fri Nov 28 02:31:40 +0000 2025"
    }
  }
]