window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1903158243766358218"
          ],
          "editableUntil" : "2025-03-21T18:52:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Soumbédioune",
            "indices" : [
              "96",
              "109"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Atelier Xaleyi Yoff (example)",
            "screen_name" : "xaleyi_yoff_ex",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1077301846292054016",
            "id" : "1077301846292054016"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "11",
      "in_reply_to_status_id_str" : "1903101667345911832",
      "id_str" : "1903158243766358218",
      "in_reply_to_user_id" : "1077301846292054016",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1903158243766358218",
      "in_reply_to_status_id" : "1903101667345911832",
      "created_at" : "Fri Mar 21 17:52:44 +0000 2025",
      "favorited" : false,
      "full_text" : "@xaleyi_yoff_ex Jërëjëf! The blue and yellow bands are done, the eye on the prow dries tonight. #Soumbédioune",
      "lang" : "en",
      "in_reply_to_screen_name" : "xaleyi_yoff_ex",
      "in_reply_to_user_id_str" : "1077301846292054016"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1879620418832142671"
          ],
          "editableUntil" : "2025-01-15T20:22:10.000Z",
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
        "96"
      ],
      "favorite_count" : "4",
      "id_str" : "1879620418832142671",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1879620418832142671",
      "created_at" : "Wed Jan 15 19:22:10 +0000 2025",
      "favorited" : false,
      "full_text" : "Sandpaper, marine varnish, three brushes. Ndank ndank moy japp golo ci naye. New pirogue Monday.",
      "lang" : "en"
    }
  }
]