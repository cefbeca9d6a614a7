window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "bikelife",
            "indices" : [
              "28",
              "37"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://twitter.com/samokafor_ex/status/1664500000000000003/photo/1",
            "indices" : [
              "48",
              "71"
            ],
            "url" : "https://t.co/Ex4mPlE123",
            "media_url" : "http://pbs.twimg.com/media/FxExAmPlEaAbCdE.jpg",
            "id_str" : "1664499990000000009",
            "id" : "1664499990000000009",
            "media_url_https" : "https://pbs.twimg.com/media/FxExAmPlEaAbCdE.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1536",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.twitter.com/Ex4mPlE123"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "12",
      "id_str" : "1664500000000000003",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1664500000000000003",
      "created_at" : "Fri Jun 02 07:45:12 +0000 2023",
      "favorited" : false,
      "full_text" : "Morning ride along the canal, finally sunny #bikelife https://t.co/Ex4mPlE123",
      "lang" : "en",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://twitter.com/samokafor_ex/status/1664500000000000003/photo/1",
            "indices" : [
              "48",
              "71"
            ],
            "url" : "https://t.co/Ex4mPlE123",
            "media_url" : "http://pbs.twimg.com/media/FxExAmPlEaAbCdE.jpg",
            "id_str" : "1664499990000000009",
            "id" : "1664499990000000009",
            "media_url_https" : "https://pbs.twimg.com/media/FxExAmPlEaAbCdE.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1536",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.twitter.com/Ex4mPlE123"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ada Invented",
            "screen_name" : "ada_invented_ex",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "1300000000000000042",
            "id" : "1300000000000000042"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/LnK0example",
            "expanded_url" : "https://blog.example.org/2023/05/open-data-meetup",
            "display_url" : "blog.example.org/2023/05/open-d…",
            "indices" : [
              "58",
              "81"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1663900000000000011",
      "id_str" : "1663950000000000017",
      "in_reply_to_user_id" : "1300000000000000042",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1663950000000000017",
      "in_reply_to_status_id" : "1663900000000000011",
      "created_at" : "Wed May 31 18:20:03 +0000 2023",
      "favorited" : false,
      "full_text" : "@ada_invented_ex thanks for hosting! slides are up here https://t.co/LnK0example",
      "lang" : "en",
      "in_reply_to_screen_name" : "ada_invented_ex",
      "in_reply_to_user_id_str" : "1300000000000000042"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "0",
      "id_str" : "1662000000000000021",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1662000000000000021",
      "created_at" : "Fri May 26 06:58:40 +0000 2023",
      "favorited" : false,
      "full_text" : "Bonne journée à tous, café puis vélo ☕🚲",
      "lang" : "fr"
    }
  }
]