window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1829046612001635216"
          ],
          "editableUntil" : "2024-08-29T07:41:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kampala Road Watch (example)",
            "screen_name" : "KLA_RoadWatch",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "704969495149750197",
            "id" : "704969495149750197"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "131"
      ],
      "favorite_count" : "7",
      "in_reply_to_status_id_str" : "1828870665142044253",
      "id_str" : "1829046612001635216",
      "in_reply_to_user_id" : "704969495149750197",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1829046612001635216",
      "in_reply_to_status_id" : "1828870665142044253",
      "created_at" : "Thu Aug 29 06:41:09 +0000 2024",
      "favorited" : false,
      "full_text" : "@KLA_RoadWatch Webale nnyo! 42 riders passed the helmet-fit check at Kisekka stage this morning. Next session Nakawa, Saturday 8am.",
      "lang" : "en",
      "in_reply_to_screen_name" : "KLA_RoadWatch",
      "in_reply_to_user_id_str" : "704969495149750197"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1811797796846472436"
          ],
          "editableUntil" : "2024-07-12T17:20:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/Hb7qLw2Xe9",
            "expanded_url" : "https://bodasafe-training.example.org/first-aid-2024",
            "display_url" : "bodasafe-training.example.org/first-aid-2024",
            "indices" : [
              "103",
              "126"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "19",
      "id_str" : "1811797796846472436",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1811797796846472436",
      "created_at" : "Fri Jul 12 16:20:31 +0000 2024",
      "favorited" : false,
      "full_text" : "Reflective vests donated by the stage chairmen are in. Sign-up sheet for the free first-aid refresher: https://t.co/Hb7qLw2Xe9",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1786273280164355627"
          ],
          "editableUntil" : "2024-05-03T06:55:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
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
        "78"
      ],
      "favorite_count" : "3",
      "id_str" : "1786273280164355627",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1786273280164355627",
      "created_at" : "Fri May 03 05:55:12 +0000 2024",
      "favorited" : false,
      "full_text" : "Rainy season = slippery murram. Slow down at the Kalerwe roundabout, bambi. 🙏🏾",
      "lang" : "en"
    }
  }
]