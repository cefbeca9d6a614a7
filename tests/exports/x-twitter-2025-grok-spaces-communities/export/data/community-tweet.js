window.YTD.community_tweet.part0 = [
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "svamp",
            "indices" : [
              "71",
              "77"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/Xq3vLm8Rze",
            "expanded_url" : "https://foraging-notes.example.org/2024/hedgehog-fungus",
            "display_url" : "foraging-notes.example.org/2024/hedgehog-…",
            "indices" : [
              "78",
              "101"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "14",
      "id_str" : "1838210946610372608",
      "scopes" : {
        "followers" : false
      },
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1838210946610372608",
      "community_id" : "1697402251180138496",
      "community_id_str" : "1697402251180138496",
      "created_at" : "Mon Sep 23 15:04:27 +0000 2024",
      "favorited" : false,
      "full_text" : "First hedgehog fungus of the year in the spruce forest by Nydala lake. #svamp https://t.co/Xq3vLm8Rze",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Henrik Lidström",
            "screen_name" : "hlidstrom_myc",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1264000000000000817",
            "id" : "1264000000000000817"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1851177082304118921",
      "id_str" : "1851190356617846784",
      "in_reply_to_user_id" : "1264000000000000817",
      "scopes" : {
        "followers" : false
      },
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1851190356617846784",
      "in_reply_to_status_id" : "1851177082304118921",
      "community_id" : "1697402251180138496",
      "community_id_str" : "1697402251180138496",
      "created_at" : "Tue Oct 29 10:40:02 +0000 2024",
      "favorited" : false,
      "full_text" : "@hlidstrom_myc Agreed, the spore print was white. I'll bring it to Saturday's identification walk.",
      "lang" : "en",
      "in_reply_to_screen_name" : "hlidstrom_myc",
      "in_reply_to_user_id_str" : "1264000000000000817"
    }
  }
]