window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2117165257195487287"
          ],
          "editableUntil" : "2026-11-02T09:01:47.000Z",
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
            "name" : "Илија Николоски",
            "screen_name" : "ilija_struga",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "705095869528454122",
            "id" : "705095869528454122"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2116978593889585425",
      "id_str" : "2117165257195487287",
      "in_reply_to_user_id" : "705095869528454122",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2117165257195487287",
      "in_reply_to_status_id" : "2116978593889585425",
      "created_at" : "Mon Nov 02 08:01:47 +0000 2026",
      "favorited" : false,
      "full_text" : "@ilija_struga Благодарам! Катранот е од Стење, ќе ти пратам број.",
      "lang" : "mk",
      "in_reply_to_screen_name" : "ilija_struga",
      "in_reply_to_user_id_str" : "705095869528454122"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2111836289104892808"
          ],
          "editableUntil" : "2026-10-18T16:06:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Охрид",
            "indices" : [
              "109",
              "115"
            ]
          },
          {
            "text" : "чун",
            "indices" : [
              "116",
              "120"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/Zp4Lk2Wq9x",
            "expanded_url" : "https://camci-ohrid.example.org/blog/chun-1962",
            "display_url" : "camci-ohrid.example.org/bl…",
            "indices" : [
              "121",
              "144"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "144"
      ],
      "favorite_count" : "23",
      "id_str" : "2111836289104892808",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2111836289104892808",
      "possibly_sensitive" : false,
      "created_at" : "Sun Oct 18 15:06:22 +0000 2026",
      "favorited" : false,
      "full_text" : "Го вративме во вода чунот од 1962 – нова штица од костен, стари клинци. Утре пробно веслање до Св. Наум 🚣‍♀️ #Охрид #чун https://t.co/Zp4Lk2Wq9x",
      "lang" : "mk"
    }
  }
]