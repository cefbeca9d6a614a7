window.YTD.tweet.part0 = [ {
  "retweeted" : false,
  "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
  "entities" : {
    "user_mentions" : [ ],
    "urls" : [ ],
    "symbols" : [ ],
    "media" : [ {
      "expanded_url" : "https://twitter.com/montse_castells/status/1127626172730183681/photo/1",
      "indices" : [ "67", "90" ],
      "url" : "https://t.co/Qw3nB8fZpK",
      "media_url" : "http://pbs.twimg.com/media/D6aQkWXU8AEm3jR.jpg",
      "id_str" : "1127626162185568256",
      "id" : "1127626162185568256",
      "media_url_https" : "https://pbs.twimg.com/media/D6aQkWXU8AEm3jR.jpg",
      "sizes" : {
        "thumb" : {
          "w" : "150",
          "h" : "150",
          "resize" : "crop"
        },
        "small" : {
          "w" : "510",
          "h" : "680",
          "resize" : "fit"
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
      "display_url" : "pic.twitter.com/Qw3nB8fZpK"
    } ],
    "hashtags" : [ {
      "text" : "castells",
      "indices" : [ "50", "59" ]
    }, {
      "text" : "Valls",
      "indices" : [ "60", "66" ]
    } ]
  },
  "display_text_range" : [ "0", "66" ],
  "favorite_count" : "41",
  "id_str" : "1127626172730183681",
  "truncated" : false,
  "retweet_count" : "6",
  "id" : "1127626172730183681",
  "possibly_sensitive" : false,
  "created_at" : "Sun May 12 17:26:44 +0000 2019",
  "favorited" : false,
  "full_text" : "Pilar de 6 net a la plaça del Blat! Quina diada \uD83D\uDCAA #castells #Valls https://t.co/Qw3nB8fZpK",
  "lang" : "ca",
  "extended_entities" : {
    "media" : [ {
      "expanded_url" : "https://twitter.com/montse_castells/status/1127626172730183681/photo/1",
      "indices" : [ "67", "90" ],
      "url" : "https://t.co/Qw3nB8fZpK",
      "media_url" : "http://pbs.twimg.com/media/D6aQkWXU8AEm3jR.jpg",
      "id_str" : "1127626162185568256",
      "id" : "1127626162185568256",
      "media_url_https" : "https://pbs.twimg.com/media/D6aQkWXU8AEm3jR.jpg",
      "sizes" : {
        "thumb" : {
          "w" : "150",
          "h" : "150",
          "resize" : "crop"
        },
        "small" : {
          "w" : "510",
          "h" : "680",
          "resize" : "fit"
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
      "display_url" : "pic.twitter.com/Qw3nB8fZpK"
    } ]
  }
}, {
  "retweeted" : false,
  "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
  "entities" : {
    "hashtags" : [ ],
    "symbols" : [ ],
    "user_mentions" : [ {
      "name" : "Jordi Canyellas",
      "screen_name" : "jordi_canyella",
      "indices" : [ "0", "15" ],
      "id_str" : "2987016542",
      "id" : "2987016542"
    } ],
    "urls" : [ ]
  },
  "display_text_range" : [ "16", "62" ],
  "favorite_count" : "2",
  "in_reply_to_status_id_str" : "1120709712708378624",
  "id_str" : "1120733449372655616",
  "in_reply_to_user_id" : "2987016542",
  "truncated" : false,
  "retweet_count" : "0",
  "id" : "1120733449372655616",
  "in_reply_to_status_id" : "1120709712708378624",
  "created_at" : "Tue Apr 23 16:57:31 +0000 2019",
  "favorited" : false,
  "full_text" : "@jordi_canyella Demà a les 8 a l'assaig, porta la faixa nova \uD83D\uDE09",
  "lang" : "ca",
  "in_reply_to_screen_name" : "jordi_canyella",
  "in_reply_to_user_id_str" : "2987016542"
}, {
  "retweeted" : false,
  "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
  "entities" : {
    "hashtags" : [ ],
    "symbols" : [ ],
    "user_mentions" : [ ],
    "urls" : [ {
      "url" : "https://t.co/Lm8vT4hQzR",
      "expanded_url" : "https://www.example.cat/colla/cronica-diada-decennals-2019",
      "display_url" : "example.cat/colla/cronica-…",
      "indices" : [ "64", "87" ]
    } ]
  },
  "display_text_range" : [ "0", "87" ],
  "favorite_count" : "12",
  "id_str" : "1108415349671329793",
  "truncated" : false,
  "retweet_count" : "4",
  "id" : "1108415349671329793",
  "possibly_sensitive" : false,
  "created_at" : "Wed Mar 20 17:09:47 +0000 2019",
  "favorited" : false,
  "full_text" : "Crònica de la diada de les Decennals, amb fotos de la canalla \uD83D\uDC49 https://t.co/Lm8vT4hQzR",
  "lang" : "ca"
}, {
  "retweeted" : false,
  "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
  "entities" : {
    "hashtags" : [ ],
    "symbols" : [ ],
    "user_mentions" : [ ],
    "urls" : [ ]
  },
  "display_text_range" : [ "0", "50" ],
  "favorite_count" : "9",
  "id_str" : "1092752787919536128",
  "truncated" : false,
  "retweet_count" : "0",
  "id" : "1092752787919536128",
  "created_at" : "Tue Feb 05 11:52:21 +0000 2019",
  "favorited" : false,
  "full_text" : "Bon dia! Avui calçotada de la colla a l'Aleixar \uD83D\uDD25\uD83D\uDD25",
  "lang" : "ca"
} ]