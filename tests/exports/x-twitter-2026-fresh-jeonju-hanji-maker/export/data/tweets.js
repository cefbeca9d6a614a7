window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2022539435309730914"
          ],
          "editableUntil" : "2026-02-14T06:12:33.000Z",
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
            "expanded_url" : "https://x.com/soyul_hanji/status/2022539435309730914/photo/1",
            "indices" : [
              "57",
              "80"
            ],
            "url" : "https://t.co/Pk7mWq1Zx3",
            "media_url" : "http://pbs.twimg.com/media/HBk2vR7aQAAx3Zc.jpg",
            "id_str" : "2022539288508691711",
            "id" : "2022539288508691711",
            "media_url_https" : "https://pbs.twimg.com/media/HBk2vR7aQAAx3Zc.jpg",
            "sizes" : {
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              },
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
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/Pk7mWq1Zx3"
          }
        ],
        "hashtags" : [
          {
            "text" : "한지",
            "indices" : [
              "49",
              "52"
            ]
          },
          {
            "text" : "전주",
            "indices" : [
              "53",
              "56"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "41",
      "id_str" : "2022539435309730914",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2022539435309730914",
      "possibly_sensitive" : false,
      "created_at" : "Sat Feb 14 05:12:33 +0000 2026",
      "favorited" : false,
      "full_text" : "정월 대보름 앞두고 올해 첫 물질. 닥섬유가 유난히 고와서 발 위에서 하얗게 번져요 ✨ #한지 #전주 https://t.co/Pk7mWq1Zx3",
      "lang" : "ko",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/soyul_hanji/status/2022539435309730914/photo/1",
            "indices" : [
              "57",
              "80"
            ],
            "url" : "https://t.co/Pk7mWq1Zx3",
            "media_url" : "http://pbs.twimg.com/media/HBk2vR7aQAAx3Zc.jpg",
            "id_str" : "2022539288508691711",
            "id" : "2022539288508691711",
            "media_url_https" : "https://pbs.twimg.com/media/HBk2vR7aQAAx3Zc.jpg",
            "sizes" : {
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              },
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
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/Pk7mWq1Zx3"
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
            "2021148574745462402"
          ],
          "editableUntil" : "2026-02-10T10:05:46.000Z",
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
            "name" : "서미나 | 먹과 붓",
            "screen_name" : "inkstone_mina_ex",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "1566053567427644229",
            "id" : "1566053567427644229"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2021146418871601512",
      "id_str" : "2021148574745462402",
      "in_reply_to_user_id" : "1566053567427644229",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2021148574745462402",
      "in_reply_to_status_id" : "2021146418871601512",
      "created_at" : "Tue Feb 10 09:05:46 +0000 2026",
      "favorited" : false,
      "full_text" : "@inkstone_mina_ex 네, 장지 2합 스무 장 남아 있어요. 토요일 오후에 공방 오시면 직접 보여드릴게요 🙂",
      "lang" : "ko",
      "in_reply_to_screen_name" : "inkstone_mina_ex",
      "in_reply_to_user_id_str" : "1566053567427644229"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2015972564531232869"
          ],
          "editableUntil" : "2026-01-27T03:18:09.000Z",
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
            "url" : "https://t.co/Lm2Xc8Rb4N",
            "expanded_url" : "https://soyul-hanji.example.org/classes/winter-2026",
            "display_url" : "soyul-hanji.example.org/cl…",
            "indices" : [
              "115",
              "138"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "138"
      ],
      "favorite_count" : "17",
      "id_str" : "2015972564531232869",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2015972564531232869",
      "possibly_sensitive" : false,
      "created_at" : "Tue Jan 27 02:18:09 +0000 2026",
      "favorited" : false,
      "full_text" : "Winter class dates are up: a 3-hour hanji-making session at the studio, max 6 people, taught in Korean & English 👉 https://t.co/Lm2Xc8Rb4N",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "480252245351801335"
          ],
          "editableUntil" : "2014-06-21T08:33:52.604Z",
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
        "43"
      ],
      "favorite_count" : "2",
      "id_str" : "480252245351801335",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "480252245351801335",
      "created_at" : "Sat Jun 21 07:33:52 +0000 2014",
      "favorited" : false,
      "full_text" : "한옥마을 뒷골목 공방에서 첫 트윗. 오늘은 하루 종일 닥나무 껍질 벗기는 중…",
      "lang" : "ko"
    }
  }
]