window.YTD.deleted_tweet_headers.part0 = [
  {
    "tweet" : {
      "tweet_id" : "1657093561611757309",
      "user_id" : "4862215093",
      "created_at" : "Fri May 12 18:41:07 +0000 2023",
      "deleted_at" : "Fri May 12 18:43:55 +0000 2023"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1651787158999566577",
      "user_id" : "4862215093",
      "created_at" : "Fri Apr 28 03:15:22 +0000 2023",
      "deleted_at" : "Sat Apr 29 17:02:10 +0000 2023"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1637576619318133411",
      "user_id" : "4862215093",
      "created_at" : "Sun Mar 19 22:07:45 +0000 2023",
      "deleted_at" : "Mon Mar 20 06:30:12 +0000 2023"
    }
  }
]