window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1829950412376318001"
          ],
          "editableUntil" : "2024-08-31T18:22:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "tare",
            "indices" : [
              "82",
              "87"
            ]
          },
          {
            "text" : "havforskning",
            "indices" : [
              "88",
              "101"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/Ld7Kp2WqZa",
            "expanded_url" : "https://www.example.org/tokt/hosttokt-2024",
            "display_url" : "example.org/tokt/hosttokt-…",
            "indices" : [
              "102",
              "125"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "14",
      "id_str" : "1829950412376318001",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1829950412376318001",
      "possibly_sensitive" : false,
      "created_at" : "Sat Aug 31 17:22:07 +0000 2024",
      "favorited" : false,
      "full_text" : "Første høsttokt med forskningsfartøyet i dag – sukkertareprøvene ser lovende ut 🌿 #tare #havforskning https://t.co/Ld7Kp2WqZa",
      "lang" : "no"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1851177340926054584"
          ],
          "editableUntil" : "2024-10-28T08:56:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Ingrid Vasstrand",
            "screen_name" : "ingridvasstrand",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "2987410655",
            "id" : "2987410655"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1851170938452717934",
      "id_str" : "1851177340926054584",
      "in_reply_to_user_id" : "2987410655",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1851177340926054584",
      "in_reply_to_status_id" : "1851170938452717934",
      "created_at" : "Mon Oct 28 07:56:41 +0000 2024",
      "favorited" : false,
      "full_text" : "@ingridvasstrand Ja! Blåskjellene på Nordnes var overraskende store i år. Sender deg tallene på mandag.",
      "lang" : "no",
      "in_reply_to_screen_name" : "ingridvasstrand",
      "in_reply_to_user_id_str" : "2987410655"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1867302558104631297"
          ],
          "editableUntil" : "2024-12-12T21:15:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "user_mentions" : [ ],
        "urls" : [ ],
        "symbols" : [ ],
        "media" : [
          {
            "expanded_url" : "https://x.com/solvi_tare/status/1867302558104631297/photo/1",
            "indices" : [
              "74",
              "97"
            ],
            "url" : "https://t.co/Qw3nLp8VxK",
            "media_url" : "http://pbs.twimg.com/media/GeT4kZrXgAAq7bN.jpg",
            "id_str" : "1867302549220933632",
            "id" : "1867302549220933632",
            "media_url_https" : "https://pbs.twimg.com/media/GeT4kZrXgAAq7bN.jpg",
            "sizes" : {
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1536",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/Qw3nLp8VxK"
          }
        ],
        "hashtags" : [ ]
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "31",
      "id_str" : "1867302558104631297",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1867302558104631297",
      "possibly_sensitive" : false,
      "created_at" : "Thu Dec 12 20:15:33 +0000 2024",
      "favorited" : false,
      "full_text" : "Kelp forest transect done before the rain came in. Visibility 6 m, 14 °C. https://t.co/Qw3nLp8VxK",
      "lang" : "en",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/solvi_tare/status/1867302558104631297/photo/1",
            "indices" : [
              "74",
              "97"
            ],
            "url" : "https://t.co/Qw3nLp8VxK",
            "media_url" : "http://pbs.twimg.com/media/GeT4kZrXgAAq7bN.jpg",
            "id_str" : "1867302549220933632",
            "id" : "1867302549220933632",
            "media_url_https" : "https://pbs.twimg.com/media/GeT4kZrXgAAq7bN.jpg",
            "sizes" : {
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1536",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/Qw3nLp8VxK"
          }
        ]
      }
    }
  }
]