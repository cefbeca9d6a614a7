window.YTD.tweet_headers.part0 = [
  {
    "tweet" : {
      "tweet_id" : "2029059287941201350",
      "user_id" : "1116763755830133529",
      "created_at" : "Wed Mar 04 05:00:07 +0000 2026"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "2028696895880125050",
      "user_id" : "1116763755830133529",
      "created_at" : "Tue Mar 03 05:00:06 +0000 2026"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "2028334520599507051",
      "user_id" : "1116763755830133529",
      "created_at" : "Mon Mar 02 05:00:09 +0000 2026"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "2027786446699516815",
      "user_id" : "1116763755830133529",
      "created_at" : "Sat Feb 28 16:42:18 +0000 2026"
    }
  }
]