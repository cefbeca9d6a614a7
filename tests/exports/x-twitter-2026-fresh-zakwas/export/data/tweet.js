window.YTD.tweet.part0 = [ {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "user_mentions" : [ ],
      "urls" : [ ],
      "symbols" : [ ],
      "media" : [ {
        "expanded_url" : "https://twitter.com/bartek_zakwas/status/1304839318798600486/photo/1",
        "indices" : [ "126", "149" ],
        "url" : "https://t.co/Zr8pKq2WnE",
        "media_url" : "http://pbs.twimg.com/media/EhvKq0rWsAI3mTz.jpg",
        "id_str" : "1304839289435756046",
        "id" : "1304839289435756046",
        "media_url_https" : "https://pbs.twimg.com/media/EhvKq0rWsAI3mTz.jpg",
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
        "display_url" : "pic.twitter.com/Zr8pKq2WnE"
      } ],
      "hashtags" : [ {
        "text" : "zakwas",
        "indices" : [ "101", "108" ]
      }, {
        "text" : "chlebnazakwasie",
        "indices" : [ "109", "125" ]
      } ]
    },
    "display_text_range" : [ "0", "149" ],
    "favorite_count" : "23",
    "id_str" : "1304839318798600486",
    "truncated" : false,
    "retweet_count" : "2",
    "id" : "1304839318798600486",
    "possibly_sensitive" : false,
    "created_at" : "Sat Sep 12 17:48:31 +0000 2020",
    "favorited" : false,
    "full_text" : "Sobotni bochenek: 30% żyta, 78% hydratacji, 14 h w lodówce. Jutro rano rozdaję pięć, piszcie na DM 🍞 #zakwas #chlebnazakwasie https://t.co/Zr8pKq2WnE",
    "lang" : "pl",
    "extended_entities" : {
      "media" : [ {
        "expanded_url" : "https://twitter.com/bartek_zakwas/status/1304839318798600486/photo/1",
        "indices" : [ "126", "149" ],
        "url" : "https://t.co/Zr8pKq2WnE",
        "media_url" : "http://pbs.twimg.com/media/EhvKq0rWsAI3mTz.jpg",
        "id_str" : "1304839289435756046",
        "id" : "1304839289435756046",
        "media_url_https" : "https://pbs.twimg.com/media/EhvKq0rWsAI3mTz.jpg",
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
        "display_url" : "pic.twitter.com/Zr8pKq2WnE"
      } ]
    }
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "user_mentions" : [ {
        "name" : "Młyn pod Lasem",
        "screen_name" : "mlyn_pod_lasem",
        "indices" : [ "3", "18" ],
        "id_str" : "2983710455",
        "id" : "2983710455"
      } ],
      "urls" : [ ],
      "symbols" : [ ],
      "media" : [ {
        "expanded_url" : "https://twitter.com/mlyn_pod_lasem/status/1303363146088373893/photo/1",
        "source_status_id" : "1303363146088373893",
        "indices" : [ "87", "110" ],
        "url" : "https://t.co/bN5wYc7HtA",
        "media_url" : "http://pbs.twimg.com/media/EhbT3vNXcAEw9dQ.jpg",
        "id_str" : "1303363125117630599",
        "source_user_id" : "2983710455",
        "id" : "1303363125117630599",
        "media_url_https" : "https://pbs.twimg.com/media/EhbT3vNXcAEw9dQ.jpg",
        "source_user_id_str" : "2983710455",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "large" : {
            "w" : "2048",
            "h" : "1536",
            "resize" : "fit"
          },
          "small" : {
            "w" : "680",
            "h" : "510",
            "resize" : "fit"
          },
          "medium" : {
            "w" : "1200",
            "h" : "900",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "source_status_id_str" : "1303363146088373893",
        "display_url" : "pic.twitter.com/bN5wYc7HtA"
      } ],
      "hashtags" : [ ]
    },
    "display_text_range" : [ "0", "110" ],
    "favorite_count" : "0",
    "id_str" : "1303592733899547427",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1303592733899547427",
    "possibly_sensitive" : false,
    "created_at" : "Wed Sep 09 07:15:02 +0000 2020",
    "favorited" : false,
    "full_text" : "RT @mlyn_pod_lasem: Nowa dostawa mąki żytniej typ 2000 już na miejscu, worki 5 i 25 kg https://t.co/bN5wYc7HtA",
    "lang" : "pl",
    "extended_entities" : {
      "media" : [ {
        "expanded_url" : "https://twitter.com/mlyn_pod_lasem/status/1303363146088373893/photo/1",
        "source_status_id" : "1303363146088373893",
        "indices" : [ "87", "110" ],
        "url" : "https://t.co/bN5wYc7HtA",
        "media_url" : "http://pbs.twimg.com/media/EhbT3vNXcAEw9dQ.jpg",
        "id_str" : "1303363125117630599",
        "source_user_id" : "2983710455",
        "id" : "1303363125117630599",
        "media_url_https" : "https://pbs.twimg.com/media/EhbT3vNXcAEw9dQ.jpg",
        "source_user_id_str" : "2983710455",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "large" : {
            "w" : "2048",
            "h" : "1536",
            "resize" : "fit"
          },
          "small" : {
            "w" : "680",
            "h" : "510",
            "resize" : "fit"
          },
          "medium" : {
            "w" : "1200",
            "h" : "900",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "source_status_id_str" : "1303363146088373893",
        "display_url" : "pic.twitter.com/bN5wYc7HtA"
      } ]
    }
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Priya | crumb shots",
        "screen_name" : "crumbshot_leeds",
        "indices" : [ "0", "16" ],
        "id_str" : "1118402297413537792",
        "id" : "1118402297413537792"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "108" ],
    "favorite_count" : "3",
    "in_reply_to_status_id_str" : "1300145552883508993",
    "id_str" : "1300151785617567736",
    "in_reply_to_user_id" : "1118402297413537792",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1300151785617567736",
    "in_reply_to_status_id" : "1300145552883508993",
    "created_at" : "Sun Aug 30 19:21:56 +0000 2020",
    "favorited" : false,
    "full_text" : "@crumbshot_leeds Autolyse 45 min, then salt and the last 5% of the water. Four sets of folds, 30 min apart 😊",
    "lang" : "en",
    "in_reply_to_screen_name" : "crumbshot_leeds",
    "in_reply_to_user_id_str" : "1118402297413537792"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ {
        "url" : "https://t.co/e7JcL0pVaR",
        "expanded_url" : "https://zakwas-notes.example.net/2020/08/harmonogram-dokarmiania",
        "display_url" : "zakwas-notes.example.net/2020/0…",
        "indices" : [ "94", "117" ]
      } ]
    },
    "display_text_range" : [ "0", "117" ],
    "favorite_count" : "11",
    "id_str" : "1296749940832490158",
    "truncated" : false,
    "retweet_count" : "4",
    "id" : "1296749940832490158",
    "possibly_sensitive" : false,
    "created_at" : "Fri Aug 21 10:04:13 +0000 2020",
    "favorited" : false,
    "full_text" : "Spisałem w końcu cały harmonogram dokarmiania zakwasu (i co robić, gdy wyjeżdżam na tydzień): https://t.co/e7JcL0pVaR",
    "lang" : "pl"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "4" ],
    "favorite_count" : "6",
    "id_str" : "1279281952326289041",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1279281952326289041",
    "created_at" : "Sat Jul 04 05:12:40 +0000 2020",
    "favorited" : false,
    "full_text" : "🍞🍞🍞🍞",
    "lang" : "und"
  }
} ]