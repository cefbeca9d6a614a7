window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1913202478019514684"
          ],
          "editableUntil" : "2025-04-18T13:06:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Iquitos",
            "indices" : [
              "110",
              "118"
            ]
          },
          {
            "text" : "RíoAmazonas",
            "indices" : [
              "119",
              "131"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "131"
      ],
      "favorite_count" : "23",
      "id_str" : "1913202478019514684",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1913202478019514684",
      "created_at" : "Fri Apr 18 12:06:31 +0000 2025",
      "favorited" : false,
      "full_text" : "Aviso: mañana sábado la lancha a Santa Rosa sale 5:30 am del puerto Henry por creciente. Llegar 30 min antes. #Iquitos #RíoAmazonas",
      "lang" : "es"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1896142163276727774"
          ],
          "editableUntil" : "2025-03-02T11:14:55.000Z",
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
            "name" : "Capitanía Puerto Iquitos (ejemplo)",
            "screen_name" : "capitania_iqt_ex",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "705031336385052749",
            "id" : "705031336385052749"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1896137989944246327",
      "id_str" : "1896142163276727774",
      "in_reply_to_user_id" : "705031336385052749",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1896142163276727774",
      "in_reply_to_status_id" : "1896137989944246327",
      "created_at" : "Sun Mar 02 10:14:55 +0000 2025",
      "favorited" : false,
      "full_text" : "@capitania_iqt_ex Confirmado, tenemos chalecos para 48 pasajeros y radio VHF operativa. Gracias.",
      "lang" : "es",
      "in_reply_to_screen_name" : "capitania_iqt_ex",
      "in_reply_to_user_id_str" : "705031336385052749"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1883993433043895083"
          ],
          "editableUntil" : "2025-01-27T22:40:12.000Z",
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
            "url" : "https://t.co/Wm3xQa7RkD",
            "expanded_url" : "https://niveles-rio.example.org/iquitos/enero-2025",
            "display_url" : "niveles-rio.example.org/iquitos/e…",
            "indices" : [
              "75",
              "98"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "11",
      "id_str" : "1883993433043895083",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1883993433043895083",
      "created_at" : "Mon Jan 27 21:40:12 +0000 2025",
      "favorited" : false,
      "full_text" : "El Amazonas subió 38 cm esta semana en Iquitos. Tabla completa de niveles: https://t.co/Wm3xQa7RkD",
      "lang" : "es"
    }
  }
]