window.YTD.community_tweet.part0 = [
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "vespavelutina",
            "indices" : [
              "89",
              "103"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Rui Tavares Mendonça",
            "screen_name" : "rui_mel_serra",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1127745093602881536",
            "id" : "1127745093602881536"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "7",
      "id_str" : "1829014467301871948",
      "scopes" : {
        "followers" : false
      },
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1829014467301871948",
      "community_id" : "1702218546301132801",
      "community_id_str" : "1702218546301132801",
      "created_at" : "Thu Aug 29 06:48:12 +0000 2024",
      "favorited" : false,
      "full_text" : "@rui_mel_serra As armadilhas com cerveja preta funcionaram aqui em Sintra. Já apanhei 23 #vespavelutina",
      "lang" : "pt"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "12",
      "id_str" : "1843398120551006297",
      "scopes" : {
        "followers" : false
      },
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1843398120551006297",
      "community_id" : "1702218546301132801",
      "community_id_str" : "1702218546301132801",
      "created_at" : "Mon Oct 07 21:25:40 +0000 2024",
      "favorited" : false,
      "full_text" : "Alguém em Lisboa tem um extrator de 4 quadros para emprestar no fim de semana? Pago com um frasco de mel de urze 🍯",
      "lang" : "pt"
    }
  }
]
