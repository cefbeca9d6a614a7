window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1889400775899544965"
          ],
          "editableUntil" : "2025-02-11T20:47:03.000Z",
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
            "url" : "https://t.co/4niWbDDBUE",
            "expanded_url" : "https://twitter.com/jb_vernis/status/1889345122790412588",
            "display_url" : "twitter.com/jb_vernis/stat…",
            "indices" : [
              "113",
              "136"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "136"
      ],
      "favorite_count" : "14",
      "id_str" : "1889400775899544965",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1889400775899544965",
      "possibly_sensitive" : false,
      "created_at" : "Tue Feb 11 19:47:03 +0000 2025",
      "favorited" : false,
      "full_text" : "Le vernis à l'huile, ça ne se presse pas. Trois semaines de séchage minimum, n'en déplaise aux clients pressés 😅 https://t.co/4niWbDDBUE",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1860265961714906743"
          ],
          "editableUntil" : "2024-11-23T11:15:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "user_mentions" : [
          {
            "name" : "Hollis Pemberton",
            "screen_name" : "hollis_tonewood",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "1412907735520219137",
            "id" : "1412907735520219137"
          }
        ],
        "urls" : [ ],
        "symbols" : [ ],
        "media" : [
          {
            "expanded_url" : "https://twitter.com/maelle_luthiere/status/1860265961714906743/photo/1",
            "indices" : [
              "120",
              "143"
            ],
            "url" : "https://t.co/2ZTkxeGqYc",
            "media_url" : "http://pbs.twimg.com/media/GcFo7geLZRcCrbL.jpg",
            "id_str" : "1860265705864827051",
            "id" : "1860265705864827051",
            "media_url_https" : "https://pbs.twimg.com/media/GcFo7geLZRcCrbL.jpg",
            "sizes" : {
              "medium" : {
                "w" : "900",
                "h" : "1200",
                "resize" : "fit"
              },
              "large" : {
                "w" : "1536",
                "h" : "2048",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "small" : {
                "w" : "510",
                "h" : "680",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.twitter.com/2ZTkxeGqYc"
          }
        ],
        "hashtags" : [ ]
      },
      "display_text_range" : [
        "0",
        "143"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "1860253016498823301",
      "id_str" : "1860265961714906743",
      "in_reply_to_user_id" : "1412907735520219137",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1860265961714906743",
      "in_reply_to_status_id" : "1860253016498823301",
      "possibly_sensitive" : false,
      "created_at" : "Sat Nov 23 10:15:42 +0000 2024",
      "favorited" : false,
      "full_text" : "@hollis_tonewood The spruce billets arrived this morning, split beautifully. Tight grain all the way across, thank you! https://t.co/2ZTkxeGqYc",
      "lang" : "en",
      "in_reply_to_screen_name" : "hollis_tonewood",
      "in_reply_to_user_id_str" : "1412907735520219137",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://twitter.com/maelle_luthiere/status/1860265961714906743/photo/1",
            "indices" : [
              "120",
              "143"
            ],
            "url" : "https://t.co/2ZTkxeGqYc",
            "media_url" : "http://pbs.twimg.com/media/GcFo7geLZRcCrbL.jpg",
            "id_str" : "1860265705864827051",
            "id" : "1860265705864827051",
            "media_url_https" : "https://pbs.twimg.com/media/GcFo7geLZRcCrbL.jpg",
            "sizes" : {
              "medium" : {
                "w" : "900",
                "h" : "1200",
                "resize" : "fit"
              },
              "large" : {
                "w" : "1536",
                "h" : "2048",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "small" : {
                "w" : "510",
                "h" : "680",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.twitter.com/2ZTkxeGqYc"
          },
          {
            "expanded_url" : "https://twitter.com/maelle_luthiere/status/1860265961714906743/photo/1",
            "indices" : [
              "120",
              "143"
            ],
            "url" : "https://t.co/2ZTkxeGqYc",
            "media_url" : "http://pbs.twimg.com/media/GcNZFWQXC8G0Jwb.jpg",
            "id_str" : "1860265705864974031",
            "id" : "1860265705864974031",
            "media_url_https" : "https://pbs.twimg.com/media/GcNZFWQXC8G0Jwb.jpg",
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
            "display_url" : "pic.twitter.com/2ZTkxeGqYc"
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
            "1831437654688450704"
          ],
          "editableUntil" : "2024-09-04T22:02:18.000Z",
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
            "name" : "Clémence Girardot",
            "screen_name" : "ecoleluth_cv",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "1245390118722076672",
            "id" : "1245390118722076672"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "1831437654688450704",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1831437654688450704",
      "created_at" : "Wed Sep 04 21:02:18 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @ecoleluth_cv: Portes ouvertes de l'atelier samedi 21 septembre, 10h–17h : démonstrations de sculpture de volutes et de pose de filets. …",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1791869815486214304"
          ],
          "editableUntil" : "2024-05-18T17:33:50.000Z",
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
            "expanded_url" : "https://twitter.com/maelle_luthiere/status/1791869815486214304/video/1",
            "indices" : [
              "114",
              "137"
            ],
            "url" : "https://t.co/GYP6nZZZEv",
            "media_url" : "http://pbs.twimg.com/ext_tw_video_thumb/1791869228284434346/pu/img/TqUc0qC0gHcNDTs4.jpg",
            "id_str" : "1791869228284434346",
            "id" : "1791869228284434346",
            "media_url_https" : "https://pbs.twimg.com/ext_tw_video_thumb/1791869228284434346/pu/img/TqUc0qC0gHcNDTs4.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "small" : {
                "w" : "382",
                "h" : "680",
                "resize" : "fit"
              },
              "large" : {
                "w" : "720",
                "h" : "1280",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "675",
                "h" : "1200",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.twitter.com/GYP6nZZZEv"
          }
        ],
        "hashtags" : [
          {
            "text" : "lutherie",
            "indices" : [
              "97",
              "106"
            ]
          },
          {
            "text" : "viola",
            "indices" : [
              "107",
              "113"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "137"
      ],
      "favorite_count" : "41",
      "id_str" : "1791869815486214304",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1791869815486214304",
      "possibly_sensitive" : false,
      "created_at" : "Sat May 18 16:33:50 +0000 2024",
      "favorited" : false,
      "full_text" : "Premier son de l'alto n°14 en blanc, avant vernis. Table en épicéa du Jura, fond en érable ondé. #lutherie #viola https://t.co/GYP6nZZZEv",
      "lang" : "fr",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://twitter.com/maelle_luthiere/status/1791869815486214304/video/1",
            "indices" : [
              "114",
              "137"
            ],
            "url" : "https://t.co/GYP6nZZZEv",
            "media_url" : "http://pbs.twimg.com/ext_tw_video_thumb/1791869228284434346/pu/img/TqUc0qC0gHcNDTs4.jpg",
            "id_str" : "1791869228284434346",
            "video_info" : {
              "aspect_ratio" : [
                "9",
                "16"
              ],
              "duration_millis" : "23466",
              "variants" : [
                {
                  "content_type" : "application/x-mpegURL",
                  "url" : "https://video.twimg.com/ext_tw_video/1791869228284434346/pu/pl/IFh04730pDEvlUcO.m3u8?tag=12"
                },
                {
                  "bitrate" : "632000",
                  "content_type" : "video/mp4",
                  "url" : "https://video.twimg.com/ext_tw_video/1791869228284434346/pu/vid/320x568/uySlAW5j259doWgE.mp4?tag=12"
                },
                {
                  "bitrate" : "2176000",
                  "content_type" : "video/mp4",
                  "url" : "https://video.twimg.com/ext_tw_video/1791869228284434346/pu/vid/720x1280/0bpi8zT4GTWzGU17.mp4?tag=12"
                },
                {
                  "bitrate" : "950000",
                  "content_type" : "video/mp4",
                  "url" : "https://video.twimg.com/ext_tw_video/1791869228284434346/pu/vid/480x852/NIpNWiomeR8q6VUC.mp4?tag=12"
                }
              ]
            },
            "additional_media_info" : {
              "monetizable" : false
            },
            "id" : "1791869228284434346",
            "media_url_https" : "https://pbs.twimg.com/ext_tw_video_thumb/1791869228284434346/pu/img/TqUc0qC0gHcNDTs4.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "small" : {
                "w" : "382",
                "h" : "680",
                "resize" : "fit"
              },
              "large" : {
                "w" : "720",
                "h" : "1280",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "675",
                "h" : "1200",
                "resize" : "fit"
              }
            },
            "type" : "video",
            "display_url" : "pic.twitter.com/GYP6nZZZEv"
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
            "1730861721843589413"
          ],
          "editableUntil" : "2023-12-02T09:09:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Tamsin Achterberg",
            "screen_name" : "tamsin_bows",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "2950127731",
            "id" : "2950127731"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "1",
      "id_str" : "1730861721843589413",
      "in_reply_to_user_id" : "2950127731",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1730861721843589413",
      "created_at" : "Sat Dec 02 08:09:27 +0000 2023",
      "favorited" : false,
      "full_text" : "@tamsin_bows Yes, I still rehair bows on Tuesdays. Send me a DM with the length and I'll give you a date.",
      "lang" : "en",
      "in_reply_to_screen_name" : "tamsin_bows",
      "in_reply_to_user_id_str" : "2950127731"
    }
  }
]