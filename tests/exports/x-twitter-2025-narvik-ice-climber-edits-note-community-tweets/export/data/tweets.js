window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1879203746615287808",
            "1879205518302642176"
          ],
          "editableUntil" : "2025-01-14T16:12:44.000Z",
          "editsRemaining" : "4",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "isklatring",
            "indices" : [
              "58",
              "69"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "14",
      "id_str" : "1879203746615287808",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1879203746615287808",
      "created_at" : "Tue Jan 14 15:12:44 +0000 2025",
      "favorited" : false,
      "full_text" : "Fossen i Beisfjord er endelig i form. WI4, tørr og blå. #isklatring",
      "lang" : "no"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1880617293846200321"
          ],
          "editableUntil" : "2025-01-18T13:49:31.000Z",
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
            "name" : "Eirik Holmstrand",
            "screen_name" : "eirik_holm_tind",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "1403928571102938112",
            "id" : "1403928571102938112"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1880601129384755200",
      "id_str" : "1880617293846200321",
      "in_reply_to_user_id" : "1403928571102938112",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1880617293846200321",
      "in_reply_to_status_id" : "1880601129384755200",
      "created_at" : "Sat Jan 18 12:49:31 +0000 2025",
      "favorited" : false,
      "full_text" : "@eirik_holm_tind Skrufene mine er i verkstedet, men du kan låne de gamle.",
      "lang" : "no",
      "in_reply_to_screen_name" : "eirik_holm_tind",
      "in_reply_to_user_id_str" : "1403928571102938112"
    }
  }
]
