window.YTD.deleted_tweet_headers.part0 = [
  {
    "tweet" : {
      "tweet_id" : "1893320458876645377",
      "user_id" : "1290448172063514625",
      "created_at" : "Sat Feb 22 15:40:12 +0000 2025",
      "deleted_at" : "Sat Feb 22 15:52:48 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1904471190823964998",
      "user_id" : "1290448172063514625",
      "created_at" : "Tue Mar 25 08:11:03 +0000 2025",
      "deleted_at" : "Wed Mar 26 21:30:55 +0000 2025"
    }
  }
]