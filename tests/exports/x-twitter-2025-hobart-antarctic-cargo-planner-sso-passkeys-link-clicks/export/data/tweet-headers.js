window.YTD.tweet_headers.part0 = [
  {
    "tweet" : {
      "tweet_id" : "1940102938471625217",
      "user_id" : "1621907345521876993",
      "created_at" : "Tue Jul 01 23:05:41 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1929388017265047622",
      "user_id" : "1621907345521876993",
      "created_at" : "Mon Jun 02 05:31:18 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1894210563302916380",
      "user_id" : "1621907345521876993",
      "created_at" : "Tue Feb 25 01:48:06 +0000 2025"
    }
  }
]