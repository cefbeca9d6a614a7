window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1978085596857194402"
          ],
          "editableUntil" : "2025-10-14T14:08:52.000Z",
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
            "expanded_url" : "https://twitter.com/salma_fowlvet/status/1978085596857194402/photo/1",
            "indices" : [
              "144",
              "167"
            ],
            "url" : "https://t.co/Qk4vWm8PzT",
            "media_url" : "http://pbs.twimg.com/media/G3kT7pXWgAAr5Nq.jpg",
            "id_str" : "1978085508772930895",
            "id" : "1978085508772930895",
            "media_url_https" : "https://pbs.twimg.com/media/G3kT7pXWgAAr5Nq.jpg",
            "sizes" : {
              "medium" : {
                "w" : "1200",
                "h" : "900",
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
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.twitter.com/Qk4vWm8PzT"
          }
        ],
        "hashtags" : [
          {
            "text" : "GuineaFowl",
            "indices" : [
              "124",
              "135"
            ]
          },
          {
            "text" : "Tamale",
            "indices" : [
              "136",
              "143"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "167"
      ],
      "favorite_count" : "23",
      "id_str" : "1978085596857194402",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1978085596857194402",
      "possibly_sensitive" : false,
      "created_at" : "Tue Oct 14 13:08:52 +0000 2025",
      "favorited" : false,
      "full_text" : "Newcastle disease vaccination day in Savelugu 💉🐓 Over 600 keets done before noon. Thank you to every farmer who came early! #GuineaFowl #Tamale https://t.co/Qk4vWm8PzT",
      "lang" : "en",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://twitter.com/salma_fowlvet/status/1978085596857194402/photo/1",
            "indices" : [
              "144",
              "167"
            ],
            "url" : "https://t.co/Qk4vWm8PzT",
            "media_url" : "http://pbs.twimg.com/media/G3kT7pXWgAAr5Nq.jpg",
            "id_str" : "1978085508772930895",
            "id" : "1978085508772930895",
            "media_url_https" : "https://pbs.twimg.com/media/G3kT7pXWgAAr5Nq.jpg",
            "sizes" : {
              "medium" : {
                "w" : "1200",
                "h" : "900",
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
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.twitter.com/Qk4vWm8PzT"
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
            "1972929719305040108"
          ],
          "editableUntil" : "2025-09-30T08:41:15.000Z",
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
            "name" : "Issah Keets Farm",
            "screen_name" : "issah_keets",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1422058139700412418",
            "id" : "1422058139700412418"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "157"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1972815530118406297",
      "id_str" : "1972929719305040108",
      "in_reply_to_user_id" : "1422058139700412418",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1972929719305040108",
      "in_reply_to_status_id" : "1972815530118406297",
      "created_at" : "Tue Sep 30 07:41:15 +0000 2025",
      "favorited" : false,
      "full_text" : "@issah_keets Keep them warm and dry for the first three weeks, and wash the drinkers every morning. If more keets die, bring two to the Vet office on Friday.",
      "lang" : "en",
      "in_reply_to_screen_name" : "issah_keets",
      "in_reply_to_user_id_str" : "1422058139700412418"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1955147921356177779"
          ],
          "editableUntil" : "2025-08-12T07:02:44.000Z",
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
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "141"
      ],
      "favorite_count" : "41",
      "id_str" : "1955147921356177779",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1955147921356177779",
      "created_at" : "Tue Aug 12 06:02:44 +0000 2025",
      "favorited" : false,
      "full_text" : "Dasiba 🌅 Rainy-season reminder: fowl eggs hatch badly when the incubator room floods. Raise the trays off the floor and keep the door shut. 🙏",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1929937910365236622"
          ],
          "editableUntil" : "2025-06-03T17:27:09.000Z",
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
            "name" : "Vet Services North (example)",
            "screen_name" : "GhVetServ_ex",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "1566140937005101056",
            "id" : "1566140937005101056"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "0",
      "id_str" : "1929937910365236622",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1929937910365236622",
      "created_at" : "Tue Jun 03 16:27:09 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @GhVetServ_ex: Free rabies and Newcastle vaccination this week at all district offices in the Northern Region. Bring your animals early…",
      "lang" : "en"
    }
  }
]