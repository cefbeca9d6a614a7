window.YTD.twitter_circle_tweet.part0 = [
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Signý 🧶",
            "screen_name" : "signy_knits",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "2847163950",
            "id" : "2847163950"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1631079902715834368",
      "id_str" : "1631087745230196737",
      "in_reply_to_user_id" : "2847163950",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1631087745230196737",
      "in_reply_to_status_id" : "1631079902715834368",
      "created_at" : "Thu Mar 02 00:41:19 +0000 2023",
      "favorited" : false,
      "full_text" : "@signy_knits Já, lopapeysan er loksins búin! Ermarnar voru of langar svo ég rakti upp tvisvar 😅",
      "lang" : "is",
      "in_reply_to_screen_name" : "signy_knits",
      "in_reply_to_user_id_str" : "2847163950"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Ragnheiður Ó.",
            "screen_name" : "ragga_ullarvinna",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "1398472650183921664",
            "id" : "1398472650183921664"
          },
          {
            "name" : "Birkir Þór",
            "screen_name" : "birkirthor_ak",
            "indices" : [
              "18",
              "32"
            ],
            "id_str" : "734561928",
            "id" : "734561928"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1622940388713644034",
      "id_str" : "1622949012586754049",
      "in_reply_to_user_id" : "1478203356718260224",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1622949012586754049",
      "in_reply_to_status_id" : "1622940388713644034",
      "created_at" : "Tue Feb 07 13:40:55 +0000 2023",
      "favorited" : false,
      "full_text" : "@ragga_ullarvinna @birkirthor_ak Mamma er komin heim af spítalanum, takk fyrir allar kveðjurnar ❤️",
      "lang" : "is",
      "in_reply_to_screen_name" : "dora_prjonar",
      "in_reply_to_user_id_str" : "1478203356718260224"
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
        "111"
      ],
      "favorite_count" : "4",
      "id_str" : "1622940388713644034",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1622940388713644034",
      "created_at" : "Tue Feb 07 13:06:39 +0000 2023",
      "favorited" : false,
      "full_text" : "Bara fyrir hringinn: ég fer norður á föstudaginn og verð hjá mömmu fram á sunnudag. Ekki hringja í heimasímann.",
      "lang" : "is"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Birkir Þór",
            "screen_name" : "birkirthor_ak",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "734561928",
            "id" : "734561928"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1597302877120729088",
      "id_str" : "1597310521093386240",
      "in_reply_to_user_id" : "734561928",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1597310521093386240",
      "in_reply_to_status_id" : "1597302877120729088",
      "created_at" : "Mon Nov 28 19:43:02 +0000 2022",
      "favorited" : false,
      "full_text" : "@birkirthor_ak Hahaha nei, ég prjóna ekki sokka handa köttinum aftur. Aldrei.",
      "lang" : "is",
      "in_reply_to_screen_name" : "birkirthor_ak",
      "in_reply_to_user_id_str" : "734561928"
    }
  }
]
