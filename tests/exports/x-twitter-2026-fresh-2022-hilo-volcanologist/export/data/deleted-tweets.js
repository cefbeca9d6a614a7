window.YTD.deleted_tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1657093561611757309"
          ],
          "editableUntil" : "2023-05-12T19:41:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Kilauea",
            "indices" : [
              "126",
              "134"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/Vx3LpQe8Ka",
            "expanded_url" : "https://www.example.org/field-notes/2023/05/peles-hair-sampling",
            "display_url" : "example.org/field-notes/20…",
            "indices" : [
              "135",
              "158"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "158"
      ],
      "favorite_count" : "0",
      "id_str" : "1657093561611757309",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1657093561611757309",
      "possibly_sensitive" : false,
      "created_at" : "Fri May 12 18:41:07 +0000 2023",
      "favorited" : false,
      "full_text" : "Fresh Pele's hair off the crater rim this morning, bagged for the SEM tomorrow. How we sample it without breaking the strands #Kilauea https://t.co/Vx3LpQe8Ka",
      "lang" : "en",
      "deleted_at" : "Fri May 12 18:43:55 +0000 2023"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1651787158999566577"
          ],
          "editableUntil" : "2023-04-28T04:15:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "volcanogas",
            "indices" : [
              "113",
              "124"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kaimana Reyes-Ikaika",
            "screen_name" : "kaimana_gasflux",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "1287640359921827841",
            "id" : "1287640359921827841"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1651782960095540758",
      "id_str" : "1651787158999566577",
      "in_reply_to_user_id" : "1287640359921827841",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1651787158999566577",
      "in_reply_to_status_id" : "1651782960095540758",
      "created_at" : "Fri Apr 28 03:15:22 +0000 2023",
      "favorited" : false,
      "full_text" : "@kaimana_gasflux Summit station SO2 ran higher than your plume traverse last night. Compare notes at 8 tomorrow? #volcanogas",
      "lang" : "en",
      "in_reply_to_screen_name" : "kaimana_gasflux",
      "in_reply_to_user_id_str" : "1287640359921827841",
      "deleted_at" : "Sat Apr 29 17:02:10 +0000 2023"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1637576619318133411"
          ],
          "editableUntil" : "2023-03-19T23:07:45.314Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Hilo Rockhound",
            "screen_name" : "hilo_rockhound",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "3318840276",
            "id" : "3318840276"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/qP3mWx7RzL",
            "indices" : [
              "138",
              "161"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "161"
      ],
      "favorite_count" : "0",
      "id_str" : "1637576619318133411",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1637576619318133411",
      "possibly_sensitive" : false,
      "created_at" : "Sun Mar 19 22:07:45 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @hilo_rockhound: Green olivine sand from a tiny cove south of Hilo, 40x under the scope. Grain rounding says it has not travelled far. https://t.co/qP3mWx7RzL",
      "deleted_at" : "Mon Mar 20 06:30:12 +0000 2023"
    }
  }
]