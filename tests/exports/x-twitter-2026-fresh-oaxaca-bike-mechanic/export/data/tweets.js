window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1902113224784015360"
          ],
          "editableUntil" : "2025-03-18T22:41:47.000Z",
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
        "105"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1902112323009146880",
      "id_str" : "1902113224784015360",
      "in_reply_to_user_id" : "831579625668046848",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1902113224784015360",
      "in_reply_to_status_id" : "1902112323009146880",
      "created_at" : "Tue Mar 18 21:41:47 +0000 2025",
      "favorited" : false,
      "full_text" : "2/2 Y si la cadena salta en los piñones chicos, revisen la pata del desviador antes de culpar al cable. 🔧",
      "lang" : "es",
      "in_reply_to_screen_name" : "itzel_rayos",
      "in_reply_to_user_id_str" : "831579625668046848"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1902112323009146880"
          ],
          "editableUntil" : "2025-03-18T22:38:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "BiciOaxaca",
            "indices" : [
              "140",
              "151"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "151"
      ],
      "favorite_count" : "11",
      "id_str" : "1902112323009146880",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1902112323009146880",
      "created_at" : "Tue Mar 18 21:38:12 +0000 2025",
      "favorited" : false,
      "full_text" : "1/2 Hilo corto para quien rueda por el Centro con estas lluvias fuera de temporada: limpien y lubriquen la cadena cada semana, no cada mes. #BiciOaxaca",
      "lang" : "es"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1895143239449100288"
          ],
          "editableUntil" : "2025-02-27T17:05:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "user_mentions" : [
          {
            "name" : "Rodrigo Pérez Luna",
            "screen_name" : "rodrigo_pedalea",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "1623998877420195840",
            "id" : "1623998877420195840"
          }
        ],
        "urls" : [ ],
        "symbols" : [ ],
        "media" : [
          {
            "expanded_url" : "https://twitter.com/itzel_rayos/status/1895143239449100288/photo/1",
            "indices" : [
              "17",
              "40"
            ],
            "url" : "https://t.co/Xr4mKq7ZbE",
            "media_url" : "http://pbs.twimg.com/media/GkQx7vRWEAAb3nT.jpg",
            "id_str" : "1895143092649791489",
            "id" : "1895143092649791489",
            "media_url_https" : "https://pbs.twimg.com/media/GkQx7vRWEAAb3nT.jpg",
            "sizes" : {
              "small" : {
                "w" : "510",
                "h" : "680",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "large" : {
                "w" : "1536",
                "h" : "2048",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "900",
                "h" : "1200",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.twitter.com/Xr4mKq7ZbE"
          }
        ],
        "hashtags" : [ ]
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1895139615568846848",
      "id_str" : "1895143239449100288",
      "in_reply_to_user_id" : "1623998877420195840",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1895143239449100288",
      "in_reply_to_status_id" : "1895139615568846848",
      "possibly_sensitive" : false,
      "created_at" : "Thu Feb 27 16:05:33 +0000 2025",
      "favorited" : false,
      "full_text" : "@rodrigo_pedalea https://t.co/Xr4mKq7ZbE",
      "lang" : "qme",
      "in_reply_to_screen_name" : "rodrigo_pedalea",
      "in_reply_to_user_id_str" : "1623998877420195840",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://twitter.com/itzel_rayos/status/1895143239449100288/photo/1",
            "indices" : [
              "17",
              "40"
            ],
            "url" : "https://t.co/Xr4mKq7ZbE",
            "media_url" : "http://pbs.twimg.com/media/GkQx7vRWEAAb3nT.jpg",
            "id_str" : "1895143092649791489",
            "id" : "1895143092649791489",
            "media_url_https" : "https://pbs.twimg.com/media/GkQx7vRWEAAb3nT.jpg",
            "sizes" : {
              "small" : {
                "w" : "510",
                "h" : "680",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "large" : {
                "w" : "1536",
                "h" : "2048",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "900",
                "h" : "1200",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.twitter.com/Xr4mKq7ZbE"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1877355187796942848",
          "editControlInitial" : {
            "editTweetIds" : [
              "1877355187796942848",
              "1877356316062724096"
            ],
            "editableUntil" : "2025-01-09T15:02:11.000Z",
            "editsRemaining" : "4",
            "isEditEligible" : true
          }
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "BiciOaxaca",
            "indices" : [
              "120",
              "131"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/Hq2Vn8sLpA",
            "expanded_url" : "https://rayos-taller.example.org/horarios",
            "display_url" : "rayos-taller.example.org/horarios",
            "indices" : [
              "134",
              "157"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "157"
      ],
      "favorite_count" : "9",
      "id_str" : "1877356316062724096",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1877356316062724096",
      "possibly_sensitive" : false,
      "created_at" : "Thu Jan 09 14:06:40 +0000 2025",
      "favorited" : false,
      "full_text" : "Horario de enero del taller: martes a sábado de 10 a 19 h, domingo cerrado. Ajustes rápidos sin cita antes de las 13 h. #BiciOaxaca 👉 https://t.co/Hq2Vn8sLpA",
      "lang" : "es"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1877355187796942848",
            "1877356316062724096"
          ],
          "editableUntil" : "2025-01-09T15:02:11.000Z",
          "editsRemaining" : "4",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "BiciOaxaca",
            "indices" : [
              "112",
              "123"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/Hq2Vn8sLpA",
            "expanded_url" : "https://rayos-taller.example.org/horarios",
            "display_url" : "rayos-taller.example.org/horarios",
            "indices" : [
              "124",
              "147"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "147"
      ],
      "favorite_count" : "2",
      "id_str" : "1877355187796942848",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1877355187796942848",
      "possibly_sensitive" : false,
      "created_at" : "Thu Jan 09 14:02:11 +0000 2025",
      "favorited" : false,
      "full_text" : "Horario de enero del taller: martes a sábado de 10 a 19 h, domingo cerrado. Ajustes sin cita antes de las 13 h. #BiciOaxaca https://t.co/Hq2Vn8sLpA",
      "lang" : "es"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1863407172450291712"
          ],
          "editableUntil" : "2024-12-02T03:17:45.000Z",
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
            "name" : "Rodada Nocturna Oaxaca",
            "screen_name" : "rodada_noct_oax",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "1402877190554157060",
            "id" : "1402877190554157060"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "1863407172450291712",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1863407172450291712",
      "created_at" : "Mon Dec 02 02:17:45 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @rodada_noct_oax: Este viernes 6 de diciembre: rodada nocturna navideña 🎄 Salimos 20:30 de Santo Domingo, ruta de 14 km por Jalatlaco y …",
      "lang" : "es"
    }
  }
]