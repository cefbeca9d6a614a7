window.YTD.community_tweet.part0 = [
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "woodenboat",
            "indices" : [
              "134",
              "145"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "145"
      ],
      "favorite_count" : "31",
      "id_str" : "2096287911904017510",
      "scopes" : {
        "followers" : false
      },
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2096287911904017510",
      "community_id" : "1624015321301669151",
      "community_id_str" : "1624015321301669151",
      "created_at" : "Sat Sep 05 17:22:40 +0000 2026",
      "favorited" : false,
      "full_text" : "Finished fairing the garboard on our Ohrid čun today. Sweet chestnut takes the bend after 40 min in the steam box, oak cracked twice. #woodenboat",
      "lang" : "en"
    }
  }
]