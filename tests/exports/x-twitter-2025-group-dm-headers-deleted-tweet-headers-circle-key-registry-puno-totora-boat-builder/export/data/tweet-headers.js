window.YTD.tweet_headers.part0 = [
  {
    "tweet" : {
      "tweet_id" : "1925880034127642881",
      "user_id" : "1489203751846612993",
      "created_at" : "Fri May 23 11:26:09 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1931009457210261504",
      "user_id" : "1489203751846612993",
      "created_at" : "Fri Jun 06 15:08:44 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1937763201944408386",
      "user_id" : "1489203751846612993",
      "created_at" : "Wed Jun 25 06:25:31 +0000 2025"
    }
  }
]