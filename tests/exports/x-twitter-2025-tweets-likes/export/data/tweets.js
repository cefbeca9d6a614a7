window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1898765540021927936"
          ],
          "editableUntil" : "2025-03-09T22:41:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "astrophotographie",
            "indices" : [
              "120",
              "138"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ],
        "media" : [
          {
            "expanded_url" : "https://x.com/margo_astro_lyon/status/1898765540021927936/video/1",
            "indices" : [
              "139",
              "162"
            ],
            "url" : "https://t.co/Vq7RkT2mZa",
            "media_url" : "http://pbs.twimg.com/ext_tw_video_thumb/1898765432109876544/pu/img/Qm3xLpV8aZr2TbYc.jpg",
            "id_str" : "1898765432109876544",
            "id" : "1898765432109876544",
            "media_url_https" : "https://pbs.twimg.com/ext_tw_video_thumb/1898765432109876544/pu/img/Qm3xLpV8aZr2TbYc.jpg",
            "sizes" : {
              "small" : {
                "w" : "680",
                "h" : "383",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "1200",
                "h" : "675",
                "resize" : "fit"
              },
              "large" : {
                "w" : "1920",
                "h" : "1080",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/Vq7RkT2mZa"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "138"
      ],
      "favorite_count" : "87",
      "id_str" : "1898765540021927936",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1898765540021927936",
      "possibly_sensitive" : false,
      "created_at" : "Sun Mar 09 21:41:17 +0000 2025",
      "favorited" : false,
      "full_text" : "Time-lapse of last night's occultation of Antares by the Moon, from the Fourvière esplanade. 41 s, 1 frame every 4 s 🔭🌒 #astrophotographie https://t.co/Vq7RkT2mZa",
      "lang" : "en",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/margo_astro_lyon/status/1898765540021927936/video/1",
            "indices" : [
              "139",
              "162"
            ],
            "url" : "https://t.co/Vq7RkT2mZa",
            "media_url" : "http://pbs.twimg.com/ext_tw_video_thumb/1898765432109876544/pu/img/Qm3xLpV8aZr2TbYc.jpg",
            "id_str" : "1898765432109876544",
            "video_info" : {
              "aspect_ratio" : [
                "16",
                "9"
              ],
              "duration_millis" : "41208",
              "variants" : [
                {
                  "content_type" : "application/x-mpegURL",
                  "url" : "https://video.twimg.com/ext_tw_video/1898765432109876544/pu/pl/Zk4nWq9RbT1xYc2d.m3u8?tag=12"
                },
                {
                  "bitrate" : "256000",
                  "content_type" : "video/mp4",
                  "url" : "https://video.twimg.com/ext_tw_video/1898765432109876544/pu/vid/480x270/Jr5tPb2LqW8nXe3v.mp4?tag=12"
                },
                {
                  "bitrate" : "832000",
                  "content_type" : "video/mp4",
                  "url" : "https://video.twimg.com/ext_tw_video/1898765432109876544/pu/vid/640x360/Hc7yUd4KsM1oPa6q.mp4?tag=12"
                },
                {
                  "bitrate" : "2176000",
                  "content_type" : "video/mp4",
                  "url" : "https://video.twimg.com/ext_tw_video/1898765432109876544/pu/vid/1280x720/Ne2wGf8TzB5rLi9k.mp4?tag=12"
                }
              ]
            },
            "additional_media_info" : {
              "monetizable" : false
            },
            "id" : "1898765432109876544",
            "media_url_https" : "https://pbs.twimg.com/ext_tw_video_thumb/1898765432109876544/pu/img/Qm3xLpV8aZr2TbYc.jpg",
            "sizes" : {
              "small" : {
                "w" : "680",
                "h" : "383",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "1200",
                "h" : "675",
                "resize" : "fit"
              },
              "large" : {
                "w" : "1920",
                "h" : "1080",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              }
            },
            "type" : "video",
            "display_url" : "pic.x.com/Vq7RkT2mZa"
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
            "1907483316628410368",
            "1907486022461990912"
          ],
          "editableUntil" : "2025-04-03T00:04:55.000Z",
          "editsRemaining" : "4",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [
          {
            "text" : "ORBX",
            "indices" : [
              "10",
              "15"
            ]
          }
        ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/Pz3sKe8WbN",
            "expanded_url" : "https://www.example.org/obs/2025-04-02-sat-passes.html",
            "display_url" : "example.org/obs/2025-04-02…",
            "indices" : [
              "85",
              "108"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "3",
      "id_str" : "1907483316628410368",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1907483316628410368",
      "possibly_sensitive" : false,
      "created_at" : "Wed Apr 02 23:04:55 +0000 2025",
      "favorited" : false,
      "full_text" : "Counted 9 $ORBX satellites crossing Cassiopeia in 40 minutes tonight. Log and times: https://t.co/Pz3sKe8WbN",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1907483316628410368",
          "editControlInitial" : {
            "editTweetIds" : [
              "1907483316628410368",
              "1907486022461990912"
            ],
            "editableUntil" : "2025-04-03T00:04:55.000Z",
            "editsRemaining" : "4",
            "isEditEligible" : true
          }
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [
          {
            "text" : "ORBX",
            "indices" : [
              "11",
              "16"
            ]
          }
        ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/Pz3sKe8WbN",
            "expanded_url" : "https://www.example.org/obs/2025-04-02-sat-passes.html",
            "display_url" : "example.org/obs/2025-04-02…",
            "indices" : [
              "126",
              "149"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "149"
      ],
      "favorite_count" : "19",
      "id_str" : "1907486022461990912",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1907486022461990912",
      "possibly_sensitive" : false,
      "created_at" : "Wed Apr 02 23:15:40 +0000 2025",
      "favorited" : false,
      "full_text" : "Counted 11 $ORBX satellites crossing Cassiopeia in 40 minutes tonight (two were faint, re-checked the frames). Log and times: https://t.co/Pz3sKe8WbN",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904215530094465024"
          ],
          "editableUntil" : "2025-03-24T16:38:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "user_mentions" : [
          {
            "name" : "Club d'astronomie du Rhône",
            "screen_name" : "clubastro_rhone",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "1387220945118715904",
            "id" : "1387220945118715904"
          }
        ],
        "urls" : [ ],
        "symbols" : [ ],
        "media" : [
          {
            "expanded_url" : "https://x.com/clubastro_rhone/status/1904201187745366016/photo/1",
            "source_status_id" : "1904201187745366016",
            "indices" : [
              "125",
              "148"
            ],
            "url" : "https://t.co/Gx8dLq2YwE",
            "media_url" : "http://pbs.twimg.com/tweet_video_thumb/GnA7xRcWkAAb3Ze.jpg",
            "id_str" : "1904201179281346560",
            "source_user_id" : "1387220945118715904",
            "id" : "1904201179281346560",
            "media_url_https" : "https://pbs.twimg.com/tweet_video_thumb/GnA7xRcWkAAb3Ze.jpg",
            "source_user_id_str" : "1387220945118715904",
            "sizes" : {
              "small" : {
                "w" : "480",
                "h" : "360",
                "resize" : "fit"
              },
              "large" : {
                "w" : "480",
                "h" : "360",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "480",
                "h" : "360",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "source_status_id_str" : "1904201187745366016",
            "display_url" : "pic.x.com/Gx8dLq2YwE"
          }
        ],
        "hashtags" : [ ]
      },
      "display_text_range" : [
        "0",
        "148"
      ],
      "favorite_count" : "0",
      "id_str" : "1904215530094465024",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1904215530094465024",
      "possibly_sensitive" : false,
      "created_at" : "Mon Mar 24 15:38:02 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @clubastro_rhone: Éclipse partielle du 29 mars : RDV 11h au parc de la Tête d'Or, lunettes filtrées prêtées sur place ☀️🌑 https://t.co/Gx8dLq2YwE",
      "lang" : "fr",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/clubastro_rhone/status/1904201187745366016/photo/1",
            "source_status_id" : "1904201187745366016",
            "indices" : [
              "125",
              "148"
            ],
            "url" : "https://t.co/Gx8dLq2YwE",
            "media_url" : "http://pbs.twimg.com/tweet_video_thumb/GnA7xRcWkAAb3Ze.jpg",
            "id_str" : "1904201179281346560",
            "video_info" : {
              "aspect_ratio" : [
                "4",
                "3"
              ],
              "variants" : [
                {
                  "bitrate" : "0",
                  "content_type" : "video/mp4",
                  "url" : "https://video.twimg.com/tweet_video/GnA7xRcWkAAb3Ze.mp4"
                }
              ]
            },
            "source_user_id" : "1387220945118715904",
            "id" : "1904201179281346560",
            "media_url_https" : "https://pbs.twimg.com/tweet_video_thumb/GnA7xRcWkAAb3Ze.jpg",
            "source_user_id_str" : "1387220945118715904",
            "sizes" : {
              "small" : {
                "w" : "480",
                "h" : "360",
                "resize" : "fit"
              },
              "large" : {
                "w" : "480",
                "h" : "360",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "480",
                "h" : "360",
                "resize" : "fit"
              }
            },
            "type" : "animated_gif",
            "source_status_id_str" : "1904201187745366016",
            "display_url" : "pic.x.com/Gx8dLq2YwE"
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
            "1925539184920457216"
          ],
          "editableUntil" : "2025-05-22T13:12:48.000Z",
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
            "name" : "Bastien Okafor",
            "screen_name" : "bastien_okafor",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1560934412873318400",
            "id" : "1560934412873318400"
          }
        ],
        "urls" : [ ],
        "media" : [
          {
            "expanded_url" : "https://x.com/margo_astro_lyon/status/1925539184920457216/photo/1",
            "indices" : [
              "91",
              "114"
            ],
            "url" : "https://t.co/Rb6mYw1KcD",
            "media_url" : "http://pbs.twimg.com/media/GrLq8TzWAAAx2Kp.jpg",
            "id_str" : "1925539170126684160",
            "id" : "1925539170126684160",
            "media_url_https" : "https://pbs.twimg.com/media/GrLq8TzWAAAx2Kp.jpg",
            "sizes" : {
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
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/Rb6mYw1KcD"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "1925530671283073024",
      "id_str" : "1925539184920457216",
      "in_reply_to_user_id" : "1560934412873318400",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1925539184920457216",
      "in_reply_to_status_id" : "1925530671283073024",
      "possibly_sensitive" : false,
      "created_at" : "Thu May 22 12:12:48 +0000 2025",
      "favorited" : false,
      "full_text" : "@bastien_okafor Voilà le montage et le ciel au-dessus de Saint-Genis — M13 en 2 h de pose. https://t.co/Rb6mYw1KcD",
      "lang" : "fr",
      "in_reply_to_screen_name" : "bastien_okafor",
      "in_reply_to_user_id_str" : "1560934412873318400",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/margo_astro_lyon/status/1925539184920457216/photo/1",
            "indices" : [
              "91",
              "114"
            ],
            "url" : "https://t.co/Rb6mYw1KcD",
            "media_url" : "http://pbs.twimg.com/media/GrLq8TzWAAAx2Kp.jpg",
            "id_str" : "1925539170126684160",
            "id" : "1925539170126684160",
            "media_url_https" : "https://pbs.twimg.com/media/GrLq8TzWAAAx2Kp.jpg",
            "sizes" : {
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
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/Rb6mYw1KcD"
          },
          {
            "expanded_url" : "https://x.com/margo_astro_lyon/status/1925539184920457216/photo/2",
            "indices" : [
              "91",
              "114"
            ],
            "url" : "https://t.co/Rb6mYw1KcD",
            "media_url" : "http://pbs.twimg.com/media/GrLq8TzXcAA9mFw.jpg",
            "id_str" : "1925539170210570240",
            "id" : "1925539170210570240",
            "media_url_https" : "https://pbs.twimg.com/media/GrLq8TzXcAA9mFw.jpg",
            "sizes" : {
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
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/Rb6mYw1KcD"
          }
        ]
      }
    }
  }
]