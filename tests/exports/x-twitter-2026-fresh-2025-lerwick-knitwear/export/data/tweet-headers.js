window.YTD.tweet_headers.part0 = [
  {
    "tweet" : {
      "tweet_id" : "2021308709958844577",
      "user_id" : "709486183076701121",
      "created_at" : "Tue Feb 10 19:42:05 +0000 2026"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "2016485284111188675",
      "user_id" : "709486183076701121",
      "created_at" : "Wed Jan 28 12:15:30 +0000 2026"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "2013537781921350612",
      "user_id" : "709486183076701121",
      "created_at" : "Tue Jan 20 09:03:11 +0000 2026"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "2002762653293871606",
      "user_id" : "709486183076701121",
      "created_at" : "Sun Dec 21 15:26:40 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "2002757206503588069",
      "user_id" : "709486183076701121",
      "created_at" : "Sun Dec 21 15:05:02 +0000 2025"
    }
  }
]