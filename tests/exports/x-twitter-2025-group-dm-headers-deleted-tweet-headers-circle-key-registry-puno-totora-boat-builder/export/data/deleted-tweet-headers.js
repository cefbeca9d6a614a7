window.YTD.deleted_tweet_headers.part0 = [
  {
    "tweet" : {
      "tweet_id" : "1879341120567093249",
      "user_id" : "1489203751846612993",
      "created_at" : "Wed Jan 15 01:12:40 +0000 2025",
      "deleted_at" : "Wed Jan 15 01:19:02 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1902466013842231570",
      "user_id" : "1489203751846612993",
      "created_at" : "Thu Mar 20 00:41:18 +0000 2025",
      "deleted_at" : "Sat Mar 22 16:03:55 +0000 2025"
    }
  }
]