window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2009864860988461763"
          ],
          "editableUntil" : "2026-01-10T06:48:19.000Z",
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
            "expanded_url" : "https://x.com/hetal_patang/status/2009864860988461763/photo/1",
            "indices" : [
              "74",
              "97"
            ],
            "url" : "https://t.co/Rk7Pq2ZsLm",
            "media_url" : "http://pbs.twimg.com/media/GhT3kQbW0AAx7Lp.jpg",
            "id_str" : "2009864850850728465",
            "id" : "2009864850850728465",
            "media_url_https" : "https://pbs.twimg.com/media/GhT3kQbW0AAx7Lp.jpg",
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
            "display_url" : "pic.x.com/Rk7Pq2ZsLm"
          }
        ],
        "hashtags" : [
          {
            "text" : "ઉત્તરાયણ",
            "indices" : [
              "53",
              "62"
            ]
          },
          {
            "text" : "Ahmedabad",
            "indices" : [
              "63",
              "73"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "87",
      "id_str" : "2009864860988461763",
      "truncated" : false,
      "retweet_count" : "14",
      "id" : "2009864860988461763",
      "possibly_sensitive" : false,
      "created_at" : "Sat Jan 10 05:48:19 +0000 2026",
      "favorited" : false,
      "full_text" : "ઉત્તરાયણ માટે ૫૦૦ પતંગ તૈયાર! 🪁 રાયપુરની દુકાને આવો. #ઉત્તરાયણ #Ahmedabad https://t.co/Rk7Pq2ZsLm",
      "lang" : "gu",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/hetal_patang/status/2009864860988461763/photo/1",
            "indices" : [
              "74",
              "97"
            ],
            "url" : "https://t.co/Rk7Pq2ZsLm",
            "media_url" : "http://pbs.twimg.com/media/GhT3kQbW0AAx7Lp.jpg",
            "id_str" : "2009864850850728465",
            "id" : "2009864850850728465",
            "media_url_https" : "https://pbs.twimg.com/media/GhT3kQbW0AAx7Lp.jpg",
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
            "display_url" : "pic.x.com/Rk7Pq2ZsLm"
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
            "2002349934900328416"
          ],
          "editableUntil" : "2025-12-20T13:06:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "269"
      ],
      "favorite_count" : "41",
      "id_str" : "2002349934900328416",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2002349934900328416",
      "created_at" : "Sat Dec 20 12:06:41 +0000 2025",
      "favorited" : false,
      "full_text" : "પતંગ કેવી રીતે બને છે? 🪁\nપહેલાં વાંસની પાતળી સળીઓ છોલીને તડકામાં સૂકવીએ છીએ. પછી કમાન અને ઢઢ્ઢો બાંધીને પાતળા કાગળ પર ગુંદરથી ચોંટાડીએ છીએ. ખૂણા પર કાગળની નાની પટ્ટી લગાવીએ જેથી પવનમાં ફાટે નહીં. છેલ્લે કિન્ના બાંધવાની — એ જ સૌથી મહત્વનું કામ છે, કારણ કે ખોટી કિન્નાથી…",
      "lang" : "gu"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2001616460182665872"
          ],
          "editableUntil" : "2025-12-18T12:32:07.000Z",
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
            "name" : "Ravi Desai",
            "screen_name" : "rooftop_ravi",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1359792805517564676",
            "id" : "1359792805517564676"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "67"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2001608092546047746",
      "id_str" : "2001616460182665872",
      "in_reply_to_user_id" : "1359792805517564676",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2001616460182665872",
      "in_reply_to_status_id" : "2001608092546047746",
      "created_at" : "Thu Dec 18 11:32:07 +0000 2025",
      "favorited" : false,
      "full_text" : "@rooftop_ravi હા, ચીલ પતંગ ₹40 ની એક. સાંજે 5 પછી રાયપુરથી લઈ જજો 🙏",
      "lang" : "gu",
      "in_reply_to_screen_name" : "rooftop_ravi",
      "in_reply_to_user_id_str" : "1359792805517564676"
    }
  }
]