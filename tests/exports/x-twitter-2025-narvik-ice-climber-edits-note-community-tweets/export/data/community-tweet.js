window.YTD.community_tweet.part0 = [
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "7",
      "id_str" : "1881540038291746816",
      "scopes" : {
        "followers" : false
      },
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1881540038291746816",
      "community_id" : "1601938475629183488",
      "community_id_str" : "1601938475629183488",
      "created_at" : "Tue Jan 21 01:56:12 +0000 2025",
      "favorited" : false,
      "full_text" : "Noen som har vært i Tysfjord denne uka? Hvordan er innfarten?",
      "lang" : "no"
    }
  }
]
