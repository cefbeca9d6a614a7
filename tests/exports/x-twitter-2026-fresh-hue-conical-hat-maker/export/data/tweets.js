window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2026948517035744045"
          ],
          "editableUntil" : "2026-02-26T10:12:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "user_mentions" : [ ],
        "urls" : [ ],
        "symbols" : [ ],
        "media" : [
          {
            "expanded_url" : "https://x.com/minhchau_nonla/status/2026948517035744045/video/1",
            "indices" : [
              "117",
              "140"
            ],
            "url" : "https://t.co/Vk3pQ8mZrT",
            "media_url" : "http://pbs.twimg.com/ext_tw_video_thumb/2026948118585252646/pu/img/rK2pXw7bQe9LmZ4v.jpg",
            "id_str" : "2026948118585252646",
            "id" : "2026948118585252646",
            "media_url_https" : "https://pbs.twimg.com/ext_tw_video_thumb/2026948118585252646/pu/img/rK2pXw7bQe9LmZ4v.jpg",
            "sizes" : {
              "large" : {
                "w" : "1080",
                "h" : "1920",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "675",
                "h" : "1200",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "small" : {
                "w" : "382",
                "h" : "680",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/Vk3pQ8mZrT"
          }
        ],
        "hashtags" : [
          {
            "text" : "Huế",
            "indices" : [
              "105",
              "109"
            ]
          },
          {
            "text" : "nónlá",
            "indices" : [
              "110",
              "116"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "63",
      "id_str" : "2026948517035744045",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "2026948517035744045",
      "possibly_sensitive" : false,
      "created_at" : "Thu Feb 26 09:12:40 +0000 2026",
      "favorited" : false,
      "full_text" : "Chằm nón bài thơ: từng lớp lá được là phẳng rồi khâu lên 16 vòng khung tre. Một chiếc mất gần hai ngày 🎋 #Huế #nónlá https://t.co/Vk3pQ8mZrT",
      "lang" : "vi",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/minhchau_nonla/status/2026948517035744045/video/1",
            "indices" : [
              "117",
              "140"
            ],
            "url" : "https://t.co/Vk3pQ8mZrT",
            "media_url" : "http://pbs.twimg.com/ext_tw_video_thumb/2026948118585252646/pu/img/rK2pXw7bQe9LmZ4v.jpg",
            "id_str" : "2026948118585252646",
            "video_info" : {
              "aspect_ratio" : [
                "9",
                "16"
              ],
              "duration_millis" : "41208",
              "variants" : [
                {
                  "bitrate" : "632000",
                  "content_type" : "video/mp4",
                  "url" : "https://video.twimg.com/ext_tw_video/2026948118585252646/pu/vid/avc1/320x568/aN3kQw8Ry2Lp5VtX.mp4?tag=12"
                },
                {
                  "content_type" : "application/x-mpegURL",
                  "url" : "https://video.twimg.com/ext_tw_video/2026948118585252646/pu/pl/Hq7ZcM2nWk4eLs9P.m3u8?tag=12"
                },
                {
                  "bitrate" : "2176000",
                  "content_type" : "video/mp4",
                  "url" : "https://video.twimg.com/ext_tw_video/2026948118585252646/pu/vid/avc1/720x1280/Zp4Tb9Gx1MvQe6Ka.mp4?tag=12"
                },
                {
                  "bitrate" : "950000",
                  "content_type" : "video/mp4",
                  "url" : "https://video.twimg.com/ext_tw_video/2026948118585252646/pu/vid/avc1/480x852/Wc8Nd3Jh5RsYt0Lb.mp4?tag=12"
                }
              ]
            },
            "additional_media_info" : {
              "monetizable" : false
            },
            "id" : "2026948118585252646",
            "media_url_https" : "https://pbs.twimg.com/ext_tw_video_thumb/2026948118585252646/pu/img/rK2pXw7bQe9LmZ4v.jpg",
            "sizes" : {
              "large" : {
                "w" : "1080",
                "h" : "1920",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "675",
                "h" : "1200",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "small" : {
                "w" : "382",
                "h" : "680",
                "resize" : "fit"
              }
            },
            "type" : "video",
            "display_url" : "pic.x.com/Vk3pQ8mZrT"
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
            "2022153777444117288"
          ],
          "editableUntil" : "2026-02-13T04:40:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "user_mentions" : [
          {
            "name" : "The Perfume River Lodge (example)",
            "screen_name" : "perfumeriver_ex",
            "indices" : [
              "19",
              "35"
            ],
            "id_str" : "1047034426947533102",
            "id" : "1047034426947533102"
          },
          {
            "name" : "Lá nón Phú Hồ (example)",
            "screen_name" : "phuho_la_ex",
            "indices" : [
              "114",
              "126"
            ],
            "id_str" : "1383229388357172289",
            "id" : "1383229388357172289"
          }
        ],
        "urls" : [ ],
        "symbols" : [ ],
        "media" : [
          {
            "expanded_url" : "https://x.com/minhchau_nonla/status/2022153777444117288/photo/1",
            "indices" : [
              "160",
              "183"
            ],
            "url" : "https://t.co/Ph7dW2qLsA",
            "media_url" : "http://pbs.twimg.com/media/HCq3vX8aIAAe2Rk.jpg",
            "id_str" : "2022153251566476069",
            "id" : "2022153251566476069",
            "media_url_https" : "https://pbs.twimg.com/media/HCq3vX8aIAAe2Rk.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/Ph7dW2qLsA"
          }
        ],
        "hashtags" : [ ]
      },
      "display_text_range" : [
        "0",
        "183"
      ],
      "favorite_count" : "28",
      "id_str" : "2022153777444117288",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2022153777444117288",
      "possibly_sensitive" : false,
      "created_at" : "Fri Feb 13 03:40:05 +0000 2026",
      "favorited" : false,
      "full_text" : "40 hats packed for @perfumeriver_ex's Tết welcome baskets, each with a poem pressed between the leaves. Thank you @phuho_la_ex for the extra-white palm leaves! https://t.co/Ph7dW2qLsA",
      "lang" : "en",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/minhchau_nonla/status/2022153777444117288/photo/1",
            "indices" : [
              "160",
              "183"
            ],
            "url" : "https://t.co/Ph7dW2qLsA",
            "media_url" : "http://pbs.twimg.com/media/HCq3vX8aIAAe2Rk.jpg",
            "id_str" : "2022153251566476069",
            "id" : "2022153251566476069",
            "media_url_https" : "https://pbs.twimg.com/media/HCq3vX8aIAAe2Rk.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1365",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/Ph7dW2qLsA"
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
            "2020861705322624797"
          ],
          "editableUntil" : "2026-02-09T15:05:51.000Z",
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
            "name" : "Gia Bảo",
            "screen_name" : "giabao_saigon_ex",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "877506430630994262",
            "id" : "877506430630994262"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2020857297109050649",
      "id_str" : "2020861705322624797",
      "in_reply_to_user_id" : "877506430630994262",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2020861705322624797",
      "in_reply_to_status_id" : "2020857297109050649",
      "created_at" : "Mon Feb 09 14:05:51 +0000 2026",
      "favorited" : false,
      "full_text" : "@giabao_saigon_ex Dạ nón cỡ 40 cm là vừa cho người lớn ạ. Bạn nhắn tin địa chỉ cho mình nhé, tuần sau mình gửi!",
      "lang" : "vi",
      "in_reply_to_screen_name" : "giabao_saigon_ex",
      "in_reply_to_user_id_str" : "877506430630994262"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013514379425746363"
          ],
          "editableUntil" : "2026-01-20T08:30:12.000Z",
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
            "name" : "Huế Heritage Notes (example)",
            "screen_name" : "hue_heritage_ex",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "686414733115555939",
            "id" : "686414733115555939"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/Fh2kLm9QaB",
            "expanded_url" : "https://hueheritage.example.org/festival-2026/phu-ho",
            "display_url" : "hueheritage.example.org/fe…",
            "indices" : [
              "125",
              "148"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "148"
      ],
      "favorite_count" : "0",
      "id_str" : "2013514379425746363",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2013514379425746363",
      "created_at" : "Tue Jan 20 07:30:12 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @hue_heritage_ex: Làng nghề nón lá Phú Hồ mở cửa đón khách dịp Festival Nghề truyền thống Huế. Lịch và bản đồ các xưởng 👉 https://t.co/Fh2kLm9QaB",
      "lang" : "vi"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1996897914323951770"
          ],
          "editableUntil" : "2025-12-05T12:02:18.000Z",
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
            "url" : "https://t.co/Sh0pNnLa34",
            "expanded_url" : "https://nonla-minhchau.example.com/shop/non-tre-em",
            "display_url" : "nonla-minhchau.example.com…",
            "indices" : [
              "99",
              "122"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "17",
      "id_str" : "1996897914323951770",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1996897914323951770",
      "possibly_sensitive" : false,
      "created_at" : "Fri Dec 05 11:02:18 +0000 2025",
      "favorited" : false,
      "full_text" : "New in the shop: child-size nón lá (34 cm) with an indigo chin ribbon. Ships from Huế in 5–7 days. https://t.co/Sh0pNnLa34",
      "lang" : "en"
    }
  }
]