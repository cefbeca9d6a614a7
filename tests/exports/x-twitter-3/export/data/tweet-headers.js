window.YTD.tweet_headers.part0 = [
  {
    "tweet" : {
      "tweet_id" : "1771000000000000416",
      "user_id" : "1496000000000000217",
      "created_at" : "Sat Mar 23 14:02:51 +0000 2024"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1769000000000000088",
      "user_id" : "1496000000000000217",
      "created_at" : "Sun Mar 17 00:47:19 +0000 2024"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1755000000000000903",
      "user_id" : "1496000000000000217",
      "created_at" : "Thu Feb 08 17:31:05 +0000 2024"
    }
  }
]
