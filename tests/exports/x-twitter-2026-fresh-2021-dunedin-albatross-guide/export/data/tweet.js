window.YTD.tweet.part0 = [
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RoyalCam",
            "indices" : [
              "69",
              "78"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Pukekura Nest Cam",
            "screen_name" : "pukekura_cam",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "1093217765432107008",
            "id" : "1093217765432107008"
          }
        ],
        "urls" : [ ],
        "media" : [
          {
            "expanded_url" : "https://twitter.com/pukekura_cam/status/1455618260333514752/video/1",
            "source_status_id" : "1455618260333514752",
            "indices" : [
              "79",
              "102"
            ],
            "url" : "https://t.co/Vb9YwC3nEd",
            "media_url" : "http://pbs.twimg.com/ext_tw_video_thumb/1455617874457546752/pu/img/q3VtLm8xKp2RwA7d.jpg",
            "id_str" : "1455617874457546752",
            "source_user_id" : "1093217765432107008",
            "id" : "1455617874457546752",
            "media_url_https" : "https://pbs.twimg.com/ext_tw_video_thumb/1455617874457546752/pu/img/q3VtLm8xKp2RwA7d.jpg",
            "source_user_id_str" : "1093217765432107008",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "small" : {
                "w" : "680",
                "h" : "382",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "1200",
                "h" : "675",
                "resize" : "fit"
              },
              "large" : {
                "w" : "1280",
                "h" : "720",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "source_status_id_str" : "1455618260333514752",
            "display_url" : "pic.twitter.com/Vb9YwC3nEd"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "0",
      "id_str" : "1455642079785938944",
      "truncated" : false,
      "retweet_count" : "27",
      "id" : "1455642079785938944",
      "possibly_sensitive" : false,
      "created_at" : "Tue Nov 02 21:04:51 +0000 2021",
      "favorited" : false,
      "full_text" : "RT @pukekura_cam: First egg of the 2021/22 season on the nest cam! 🥚 #RoyalCam https://t.co/Vb9YwC3nEd",
      "lang" : "en",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://twitter.com/pukekura_cam/status/1455618260333514752/video/1",
            "source_status_id" : "1455618260333514752",
            "indices" : [
              "79",
              "102"
            ],
            "url" : "https://t.co/Vb9YwC3nEd",
            "media_url" : "http://pbs.twimg.com/ext_tw_video_thumb/1455617874457546752/pu/img/q3VtLm8xKp2RwA7d.jpg",
            "id_str" : "1455617874457546752",
            "video_info" : {
              "aspect_ratio" : [
                "16",
                "9"
              ],
              "duration_millis" : "21400",
              "variants" : [
                {
                  "bitrate" : "832000",
                  "content_type" : "video/mp4",
                  "url" : "https://video.twimg.com/ext_tw_video/1455617874457546752/pu/vid/640x360/Hc2Rt9WbLq0xYz5N.mp4?tag=12"
                },
                {
                  "content_type" : "application/x-mpegURL",
                  "url" : "https://video.twimg.com/ext_tw_video/1455617874457546752/pu/pl/Jm4Ks8VdPq1Tn6Wb.m3u8?tag=12"
                },
                {
                  "bitrate" : "2176000",
                  "content_type" : "video/mp4",
                  "url" : "https://video.twimg.com/ext_tw_video/1455617874457546752/pu/vid/1280x720/Pn7Qx2LcRv9Bd3Hs.mp4?tag=12"
                }
              ]
            },
            "source_user_id" : "1093217765432107008",
            "additional_media_info" : {
              "monetizable" : false
            },
            "id" : "1455617874457546752",
            "media_url_https" : "https://pbs.twimg.com/ext_tw_video_thumb/1455617874457546752/pu/img/q3VtLm8xKp2RwA7d.jpg",
            "source_user_id_str" : "1093217765432107008",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "small" : {
                "w" : "680",
                "h" : "382",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "1200",
                "h" : "675",
                "resize" : "fit"
              },
              "large" : {
                "w" : "1280",
                "h" : "720",
                "resize" : "fit"
              }
            },
            "type" : "video",
            "source_status_id_str" : "1455618260333514752",
            "display_url" : "pic.twitter.com/Vb9YwC3nEd"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Otago Bird Nerd",
            "screen_name" : "otago_birdnerd",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1289345067812345856",
            "id" : "1289345067812345856"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/Rm2vQz8KpT",
            "expanded_url" : "https://toroa-log.example.org/2021/sightings",
            "display_url" : "toroa-log.example.org/2021/sightin…",
            "indices" : [
              "63",
              "86"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1453979419931619330",
      "id_str" : "1453983828145106944",
      "in_reply_to_user_id" : "1289345067812345856",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1453983828145106944",
      "in_reply_to_status_id" : "1453979419931619330",
      "possibly_sensitive" : false,
      "created_at" : "Fri Oct 29 07:15:33 +0000 2021",
      "favorited" : false,
      "full_text" : "@otago_birdnerd Ae! The sightings log is open, add yours here: https://t.co/Rm2vQz8KpT",
      "lang" : "en",
      "in_reply_to_screen_name" : "otago_birdnerd",
      "in_reply_to_user_id_str" : "1289345067812345856"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "toroa",
            "indices" : [
              "134",
              "140"
            ]
          },
          {
            "text" : "Dunedin",
            "indices" : [
              "141",
              "149"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ],
        "media" : [
          {
            "expanded_url" : "https://twitter.com/mereana_toroa/status/1453794233021394945/photo/1",
            "indices" : [
              "150",
              "173"
            ],
            "url" : "https://t.co/Xk4Pq2LmVa",
            "media_url" : "http://pbs.twimg.com/media/FCx3kQ2VgAIhT0s.jpg",
            "id_str" : "1453794061054914560",
            "id" : "1453794061054914560",
            "media_url_https" : "https://pbs.twimg.com/media/FCx3kQ2VgAIhT0s.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
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
              },
              "large" : {
                "w" : "2048",
                "h" : "1536",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.twitter.com/Xk4Pq2LmVa"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "149"
      ],
      "favorite_count" : "14",
      "id_str" : "1453794233021394945",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1453794233021394945",
      "possibly_sensitive" : false,
      "created_at" : "Thu Oct 28 18:42:10 +0000 2021",
      "favorited" : false,
      "full_text" : "Kua hoki mai te toroa! 🐦 First northern royal albatross back on the headland this morning, egg season at Pukekura starts any day now. #toroa #Dunedin https://t.co/Xk4Pq2LmVa",
      "lang" : "en",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://twitter.com/mereana_toroa/status/1453794233021394945/photo/1",
            "indices" : [
              "150",
              "173"
            ],
            "url" : "https://t.co/Xk4Pq2LmVa",
            "media_url" : "http://pbs.twimg.com/media/FCx3kQ2VgAIhT0s.jpg",
            "id_str" : "1453794061054914560",
            "id" : "1453794061054914560",
            "media_url_https" : "https://pbs.twimg.com/media/FCx3kQ2VgAIhT0s.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
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
              },
              "large" : {
                "w" : "2048",
                "h" : "1536",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.twitter.com/Xk4Pq2LmVa"
          }
        ]
      }
    }
  }
]