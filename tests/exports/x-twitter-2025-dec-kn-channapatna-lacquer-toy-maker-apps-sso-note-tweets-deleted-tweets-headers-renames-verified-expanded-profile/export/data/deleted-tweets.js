window.YTD.deleted_tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1991911369208786951"
          ],
          "editableUntil" : "2025-11-21T17:47:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Ramya | Craft Walks Bengaluru",
            "screen_name" : "ramya_craftwalks",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "1133994633982910466",
            "id" : "1133994633982910466"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "57"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1991884848624586757",
      "id_str" : "1991911369208786951",
      "in_reply_to_user_id" : "1133994633982910466",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1991911369208786951",
      "in_reply_to_status_id" : "1991884848624586757",
      "created_at" : "Fri Nov 21 16:47:33 +0000 2025",
      "favorited" : false,
      "full_text" : "@ramya_craftwalks ಹೌದು, ಶನಿವಾರ ಕಾರ್ಯಾಗಾರ ತೆರೆದಿರುತ್ತದೆ 🙏",
      "lang" : "kn",
      "in_reply_to_screen_name" : "ramya_craftwalks",
      "in_reply_to_user_id_str" : "1133994633982910466",
      "deleted_at" : "Fri Nov 21 16:49:02 +0000 2025"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1993984471069638660"
          ],
          "editableUntil" : "2025-11-27T11:05:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "ChannapattanaToys",
            "indices" : [
              "56",
              "74"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "3",
      "id_str" : "1993984471069638660",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1993984471069638660",
      "created_at" : "Thu Nov 27 10:05:19 +0000 2025",
      "favorited" : false,
      "full_text" : "ಹೊಸ ಬಣ್ಣದ ಬುಗುರಿಗಳು ಸಿದ್ಧ! ಇಂದು ಸಂಜೆ ಮೇಳದಲ್ಲಿ ಸಿಗುತ್ತವೆ #ChannapattanaToys",
      "lang" : "kn",
      "deleted_at" : "Fri Nov 28 02:31:40 +0000 2025"
    }
  }
]