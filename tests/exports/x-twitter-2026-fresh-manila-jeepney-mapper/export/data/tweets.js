window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1994696487731847462"
          ],
          "editableUntil" : "2025-11-29T10:14:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "JeepneyRoutes",
            "indices" : [
              "161",
              "175"
            ]
          },
          {
            "text" : "MapaNgRuta",
            "indices" : [
              "176",
              "187"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ],
        "media" : [
          {
            "expanded_url" : "https://x.com/ligaya_ruta/status/1994696487731847462/photo/1",
            "indices" : [
              "188",
              "211"
            ],
            "url" : "https://t.co/jvbEK2fGQo",
            "media_url" : "http://pbs.twimg.com/media/G6OucF1-YdJpef2.jpg",
            "id_str" : "1994696324152010551",
            "id" : "1994696324152010551",
            "media_url_https" : "https://pbs.twimg.com/media/G6OucF1-YdJpef2.jpg",
            "sizes" : {
              "large" : {
                "w" : "1536",
                "h" : "2048",
                "resize" : "fit"
              },
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
              "medium" : {
                "w" : "900",
                "h" : "1200",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/jvbEK2fGQo"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "211"
      ],
      "favorite_count" : "61",
      "id_str" : "1994696487731847462",
      "truncated" : false,
      "retweet_count" : "17",
      "id" : "1994696487731847462",
      "possibly_sensitive" : false,
      "created_at" : "Sat Nov 29 09:14:37 +0000 2025",
      "favorited" : false,
      "full_text" : "Tapos na ang bagong mapa ng ruta ng jeep Cubao–Marikina (via Aurora). 47 hintuan, lahat nilakad ko noong Sabado. Salamat sa mga driver na sumagot sa tanong ko 🙏 #JeepneyRoutes #MapaNgRuta https://t.co/jvbEK2fGQo",
      "lang" : "tl",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/ligaya_ruta/status/1994696487731847462/photo/1",
            "indices" : [
              "188",
              "211"
            ],
            "url" : "https://t.co/jvbEK2fGQo",
            "media_url" : "http://pbs.twimg.com/media/G6OucF1-YdJpef2.jpg",
            "id_str" : "1994696324152010551",
            "id" : "1994696324152010551",
            "media_url_https" : "https://pbs.twimg.com/media/G6OucF1-YdJpef2.jpg",
            "sizes" : {
              "large" : {
                "w" : "1536",
                "h" : "2048",
                "resize" : "fit"
              },
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
              "medium" : {
                "w" : "900",
                "h" : "1200",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/jvbEK2fGQo"
          },
          {
            "expanded_url" : "https://x.com/ligaya_ruta/status/1994696487731847462/photo/1",
            "indices" : [
              "188",
              "211"
            ],
            "url" : "https://t.co/jvbEK2fGQo",
            "media_url" : "http://pbs.twimg.com/media/G8MkAUtBBqxWJ1o.jpg",
            "id_str" : "1994696340928529991",
            "id" : "1994696340928529991",
            "media_url_https" : "https://pbs.twimg.com/media/G8MkAUtBBqxWJ1o.jpg",
            "sizes" : {
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1536",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/jvbEK2fGQo"
          },
          {
            "expanded_url" : "https://x.com/ligaya_ruta/status/1994696487731847462/photo/1",
            "indices" : [
              "188",
              "211"
            ],
            "url" : "https://t.co/jvbEK2fGQo",
            "media_url" : "http://pbs.twimg.com/media/G9Jim5ov_0RdWnd.jpg",
            "id_str" : "1994696357706901813",
            "id" : "1994696357706901813",
            "media_url_https" : "https://pbs.twimg.com/media/G9Jim5ov_0RdWnd.jpg",
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
              "medium" : {
                "w" : "900",
                "h" : "1200",
                "resize" : "fit"
              },
              "large" : {
                "w" : "1536",
                "h" : "2048",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/jvbEK2fGQo"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1993666626714201614"
          ],
          "editableUntil" : "2025-11-26T14:02:19.000Z",
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
            "url" : "https://t.co/BSYScHpQv9",
            "expanded_url" : "https://twitter.com/beaocampo_news/status/1993647693625349729",
            "display_url" : "twitter.com/beaocampo_news…",
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
      "id_str" : "1993666626714201614",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1993666626714201614",
      "possibly_sensitive" : false,
      "created_at" : "Wed Nov 26 13:02:19 +0000 2025",
      "favorited" : false,
      "full_text" : "Ito mismo ang problema: walang nakapaskil na ruta sa terminal kaya hula-hula ang mga pasahero. Open data na sana, LTFRB. https://t.co/BSYScHpQv9",
      "lang" : "tl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1993087703708926086"
          ],
          "editableUntil" : "2025-11-24T23:41:53.000Z",
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
            "name" : "Rommel Bagasbas",
            "screen_name" : "rommel_rides",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1284672090144771198",
            "id" : "1284672090144771198"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "138"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1993084763502924880",
      "id_str" : "1993087703708926086",
      "in_reply_to_user_id" : "1284672090144771198",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1993087703708926086",
      "in_reply_to_status_id" : "1993084763502924880",
      "created_at" : "Mon Nov 24 22:41:53 +0000 2025",
      "favorited" : false,
      "full_text" : "@rommel_rides Oo kuya, dumadaan pa rin sa Katipunan pag gabi. Pero pagdating ng 10pm, diretso na sa Anonas. Idadagdag ko sa notes ng mapa.",
      "lang" : "tl",
      "in_reply_to_screen_name" : "rommel_rides",
      "in_reply_to_user_id_str" : "1284672090144771198"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1991402503667924913"
          ],
          "editableUntil" : "2025-11-20T08:05:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "user_mentions" : [
          {
            "name" : "Lakad Sakay Kolektib (example)",
            "screen_name" : "lakadsakay_ex",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "3120458712",
            "id" : "3120458712"
          }
        ],
        "urls" : [ ],
        "symbols" : [ ],
        "media" : [
          {
            "expanded_url" : "https://x.com/lakadsakay_ex/status/1991400800777450198/photo/1",
            "source_status_id" : "1991400800777450198",
            "indices" : [
              "111",
              "134"
            ],
            "url" : "https://t.co/qu84sUTtGU",
            "media_url" : "http://pbs.twimg.com/media/G8AaSRpb18R-l8s.jpg",
            "id_str" : "1991400784001883665",
            "source_user_id" : "3120458712",
            "id" : "1991400784001883665",
            "media_url_https" : "https://pbs.twimg.com/media/G8AaSRpb18R-l8s.jpg",
            "source_user_id_str" : "3120458712",
            "sizes" : {
              "medium" : {
                "w" : "1200",
                "h" : "675",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1152",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "small" : {
                "w" : "680",
                "h" : "382",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "source_status_id_str" : "1991400800777450198",
            "display_url" : "pic.x.com/qu84sUTtGU"
          }
        ],
        "hashtags" : [ ]
      },
      "display_text_range" : [
        "0",
        "134"
      ],
      "favorite_count" : "0",
      "id_str" : "1991402503667924913",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1991402503667924913",
      "possibly_sensitive" : false,
      "created_at" : "Thu Nov 20 07:05:30 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @lakadsakay_ex: Bagong waiting shed sa Marcos Hwy, may mapa na ng mga ruta! Salamat sa lahat ng nag-ambag 💚 https://t.co/qu84sUTtGU",
      "lang" : "tl",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/lakadsakay_ex/status/1991400800777450198/photo/1",
            "source_status_id" : "1991400800777450198",
            "indices" : [
              "111",
              "134"
            ],
            "url" : "https://t.co/qu84sUTtGU",
            "media_url" : "http://pbs.twimg.com/media/G8AaSRpb18R-l8s.jpg",
            "id_str" : "1991400784001883665",
            "source_user_id" : "3120458712",
            "id" : "1991400784001883665",
            "media_url_https" : "https://pbs.twimg.com/media/G8AaSRpb18R-l8s.jpg",
            "source_user_id_str" : "3120458712",
            "sizes" : {
              "medium" : {
                "w" : "1200",
                "h" : "675",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1152",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "small" : {
                "w" : "680",
                "h" : "382",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "source_status_id_str" : "1991400800777450198",
            "display_url" : "pic.x.com/qu84sUTtGU"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1989488021994168182"
          ],
          "editableUntil" : "2025-11-15T01:18:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "MapaNgRuta",
            "indices" : [
              "129",
              "140"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "14",
      "id_str" : "1989488021994168182",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1989488021994168182",
      "created_at" : "Sat Nov 15 00:18:02 +0000 2025",
      "favorited" : false,
      "full_text" : "Sabado ng umaga, 6am, Marikina Riverbanks. Sino gustong sumama mag-survey ng mga bagong hintuan? Dala kayo ng tubig at payong ☂️ #MapaNgRuta",
      "lang" : "tl"
    }
  }
]