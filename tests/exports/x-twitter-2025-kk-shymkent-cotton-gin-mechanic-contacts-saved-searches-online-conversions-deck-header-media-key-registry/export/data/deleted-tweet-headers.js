window.YTD.deleted_tweet_headers.part0 = [
  {
    "tweet" : {
      "tweet_id" : "1946120584309833985",
      "user_id" : "1301847265930117120",
      "created_at" : "Thu Jul 17 08:03:41 +0000 2025",
      "deleted_at" : "Thu Jul 17 08:05:09 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1961804472193015880",
      "user_id" : "1301847265930117120",
      "created_at" : "Sat Aug 30 14:46:12 +0000 2025",
      "deleted_at" : "Sun Aug 31 06:20:55 +0000 2025"
    }
  }
]