window.YTD.deleted_tweet_headers.part0 = [
  {
    "tweet" : {
      "tweet_id" : "1790455123876543210",
      "user_id" : "1402338871",
      "created_at" : "Tue May 14 16:02:41 +0000 2024",
      "deleted_at" : "Tue May 14 16:09:12 +0000 2024"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1811230098712345678",
      "user_id" : "1402338871",
      "created_at" : "Wed Jul 10 06:31:55 +0000 2024",
      "deleted_at" : "Thu Jul 11 21:05:03 +0000 2024"
    }
  }
]
