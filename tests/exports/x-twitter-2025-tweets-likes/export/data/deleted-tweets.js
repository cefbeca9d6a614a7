window.YTD.deleted_tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1931402278553309184"
          ],
          "editableUntil" : "2025-06-07T17:30:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Lyon",
            "indices" : [
              "87",
              "92"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "1",
      "id_str" : "1931402278553309184",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1931402278553309184",
      "created_at" : "Sat Jun 07 16:30:31 +0000 2025",
      "favorited" : false,
      "full_text" : "Seeing conditions tonight are awful, seeing 4/5 at best. Packing up the Dobson early 😤 #Lyon",
      "lang" : "en",
      "deleted_at" : "Sat Jun 07 18:02:14 +0000 2025"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1930671840316080128"
          ],
          "editableUntil" : "2025-06-05T17:07:59.000Z",
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
            "name" : "Observatoire de Saint-Genis",
            "screen_name" : "obs_stgenis",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1218837604312518656",
            "id" : "1218837604312518656"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1930650127845400576",
      "id_str" : "1930671840316080128",
      "in_reply_to_user_id" : "1218837604312518656",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1930671840316080128",
      "in_reply_to_status_id" : "1930650127845400576",
      "created_at" : "Thu Jun 05 16:07:59 +0000 2025",
      "favorited" : false,
      "full_text" : "@obs_stgenis is the roof of the east dome still broken? Asking before I drive up Saturday.",
      "lang" : "en",
      "in_reply_to_screen_name" : "obs_stgenis",
      "in_reply_to_user_id_str" : "1218837604312518656",
      "deleted_at" : "Fri Jun 06 07:45:20 +0000 2025"
    }
  }
]