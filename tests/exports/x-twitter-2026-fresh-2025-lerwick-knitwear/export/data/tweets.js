window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2021308709958844577"
          ],
          "editableUntil" : "2026-02-10T20:42:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "user_mentions" : [
          {
            "name" : "Bryony Tait",
            "screen_name" : "bryony_yarnbarn",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "1157232357405633425",
            "id" : "1157232357405633425"
          }
        ],
        "urls" : [ ],
        "symbols" : [ ],
        "media" : [
          {
            "expanded_url" : "https://x.com/ingrid_simmer/status/2021308709958844577/photo/1",
            "indices" : [
              "17",
              "40"
            ],
            "url" : "https://t.co/Qm3Vb7TzLe",
            "media_url" : "http://pbs.twimg.com/tweet_video_thumb/HAq3kWbXQAEx7pL.jpg",
            "id_str" : "2021308675854958592",
            "id" : "2021308675854958592",
            "media_url_https" : "https://pbs.twimg.com/tweet_video_thumb/HAq3kWbXQAEx7pL.jpg",
            "sizes" : {
              "large" : {
                "w" : "320",
                "h" : "240",
                "resize" : "fit"
              },
              "small" : {
                "w" : "320",
                "h" : "240",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "320",
                "h" : "240",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/Qm3Vb7TzLe"
          }
        ],
        "hashtags" : [ ]
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2021297747847545266",
      "id_str" : "2021308709958844577",
      "in_reply_to_user_id" : "1157232357405633425",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2021308709958844577",
      "in_reply_to_status_id" : "2021297747847545266",
      "possibly_sensitive" : false,
      "created_at" : "Tue Feb 10 19:42:05 +0000 2026",
      "favorited" : false,
      "full_text" : "@bryony_yarnbarn https://t.co/Qm3Vb7TzLe",
      "lang" : "qme",
      "in_reply_to_screen_name" : "bryony_yarnbarn",
      "in_reply_to_user_id_str" : "1157232357405633425",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/ingrid_simmer/status/2021308709958844577/photo/1",
            "indices" : [
              "17",
              "40"
            ],
            "url" : "https://t.co/Qm3Vb7TzLe",
            "media_url" : "http://pbs.twimg.com/tweet_video_thumb/HAq3kWbXQAEx7pL.jpg",
            "id_str" : "2021308675854958592",
            "video_info" : {
              "aspect_ratio" : [
                "4",
                "3"
              ],
              "variants" : [
                {
                  "bitrate" : "0",
                  "content_type" : "video/mp4",
                  "url" : "https://video.twimg.com/tweet_video/HAq3kWbXQAEx7pL.mp4"
                }
              ]
            },
            "id" : "2021308675854958592",
            "media_url_https" : "https://pbs.twimg.com/tweet_video_thumb/HAq3kWbXQAEx7pL.jpg",
            "sizes" : {
              "large" : {
                "w" : "320",
                "h" : "240",
                "resize" : "fit"
              },
              "small" : {
                "w" : "320",
                "h" : "240",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "320",
                "h" : "240",
                "resize" : "fit"
              }
            },
            "type" : "animated_gif",
            "display_url" : "pic.x.com/Qm3Vb7TzLe"
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
            "2016485284111188675"
          ],
          "editableUntil" : "2026-01-28T13:15:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "user_mentions" : [ ],
        "urls" : [ ],
        "symbols" : [ ],
        "media" : [
          {
            "expanded_url" : "https://x.com/ingrid_simmer/status/2016485284111188675/photo/1",
            "indices" : [
              "128",
              "151"
            ],
            "url" : "https://t.co/Lk8Xw2PnRa",
            "media_url" : "http://pbs.twimg.com/media/G_w4TzHXMAAr9Ke.jpg",
            "id_str" : "2016485206634004481",
            "id" : "2016485206634004481",
            "media_url_https" : "https://pbs.twimg.com/media/G_w4TzHXMAAr9Ke.jpg",
            "sizes" : {
              "medium" : {
                "w" : "900",
                "h" : "1200",
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
              "large" : {
                "w" : "1536",
                "h" : "2048",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/Lk8Xw2PnRa"
          }
        ],
        "hashtags" : [
          {
            "text" : "FairIsle",
            "indices" : [
              "104",
              "113"
            ]
          },
          {
            "text" : "ShetlandWool",
            "indices" : [
              "114",
              "127"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "151"
      ],
      "favorite_count" : "23",
      "id_str" : "2016485284111188675",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2016485284111188675",
      "possibly_sensitive" : false,
      "created_at" : "Wed Jan 28 12:15:30 +0000 2026",
      "favorited" : false,
      "full_text" : "Da new Simmer Dim yoke is aff da needles 🧶 Sixteen colours, aa fae Shetland wool. Pattern oot in March. #FairIsle #ShetlandWool https://t.co/Lk8Xw2PnRa",
      "lang" : "en",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/ingrid_simmer/status/2016485284111188675/photo/1",
            "indices" : [
              "128",
              "151"
            ],
            "url" : "https://t.co/Lk8Xw2PnRa",
            "media_url" : "http://pbs.twimg.com/media/G_w4TzHXMAAr9Ke.jpg",
            "id_str" : "2016485206634004481",
            "id" : "2016485206634004481",
            "media_url_https" : "https://pbs.twimg.com/media/G_w4TzHXMAAr9Ke.jpg",
            "sizes" : {
              "medium" : {
                "w" : "900",
                "h" : "1200",
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
              "large" : {
                "w" : "1536",
                "h" : "2048",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/Lk8Xw2PnRa"
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
            "2013537781921350612"
          ],
          "editableUntil" : "2026-01-20T10:03:11.000Z",
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
            "url" : "https://t.co/9dRkWv2YhT",
            "expanded_url" : "https://simmerdimknits.example.com/opening-hours",
            "display_url" : "simmerdimknits.example.com/opening-hours",
            "indices" : [
              "87",
              "110"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "7",
      "id_str" : "2013537781921350612",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2013537781921350612",
      "possibly_sensitive" : false,
      "created_at" : "Tue Jan 20 09:03:11 +0000 2026",
      "favorited" : false,
      "full_text" : "Up Helly Aa week, so da shop is shut on Tuesday. Online orders still go oot Wednesday: https://t.co/9dRkWv2YhT",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2002762653293871606"
          ],
          "editableUntil" : "2025-12-21T16:26:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "2002757206503588069",
      "id_str" : "2002762653293871606",
      "in_reply_to_user_id" : "709486183076701121",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2002762653293871606",
      "in_reply_to_status_id" : "2002757206503588069",
      "created_at" : "Sun Dec 21 15:26:40 +0000 2025",
      "favorited" : false,
      "full_text" : "Fower hours o daylight an A'm still got a gansey tae finish afore Yule 🕯️",
      "lang" : "en",
      "in_reply_to_screen_name" : "ingrid_simmer",
      "in_reply_to_user_id_str" : "709486183076701121"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2002757206503588069"
          ],
          "editableUntil" : "2025-12-21T16:05:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Shetland",
            "indices" : [
              "87",
              "96"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "12",
      "id_str" : "2002757206503588069",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2002757206503588069",
      "created_at" : "Sun Dec 21 15:05:02 +0000 2025",
      "favorited" : false,
      "full_text" : "Shortest day in Lerwick: sunrise 09:09, sunset 14:53. Da simmer dim is a lang wye aff. #Shetland",
      "lang" : "en"
    }
  }
]