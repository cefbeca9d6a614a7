window.YTD.deleted_tweet_headers.part0 = [
  {
    "tweet" : {
      "tweet_id" : "1772000000000000259",
      "user_id" : "1496000000000000217",
      "created_at" : "Tue Mar 26 02:13:44 +0000 2024",
      "deleted_at" : "Tue Mar 26 02:19:10 +0000 2024"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1770000000000000734",
      "user_id" : "1496000000000000217",
      "created_at" : "Wed Mar 20 22:58:02 +0000 2024",
      "deleted_at" : "Fri Mar 22 08:04:37 +0000 2024"
    }
  }
]
