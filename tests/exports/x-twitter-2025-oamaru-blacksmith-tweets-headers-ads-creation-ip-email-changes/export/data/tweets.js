window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1889412236573409536"
          ],
          "editableUntil" : "2025-02-11T21:14:02.000Z",
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
            "name" : "Aroha Pennicott",
            "screen_name" : "aroha_anvilworks",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "1402938817465102337",
            "id" : "1402938817465102337"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1889399561187840004",
      "id_str" : "1889412236573409536",
      "in_reply_to_user_id" : "1402938817465102337",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1889412236573409536",
      "in_reply_to_status_id" : "1889399561187840004",
      "created_at" : "Tue Feb 11 20:14:02 +0000 2025",
      "favorited" : false,
      "full_text" : "@aroha_anvilworks Quench it in warm canola, not water, or the tang will crack again. Bring it Saturday and we'll redo it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "aroha_anvilworks",
      "in_reply_to_user_id_str" : "1402938817465102337"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1876530994117603328"
          ],
          "editableUntil" : "2025-01-07T08:06:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Oamaru",
            "indices" : [
              "91",
              "98"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/Vh3KqR8mZp",
            "expanded_url" : "https://forge-open-day.example.org/2025/victorian-fete",
            "display_url" : "forge-open-day.example.org/2025/victorian…",
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
      "favorite_count" : "14",
      "id_str" : "1876530994117603328",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1876530994117603328",
      "possibly_sensitive" : false,
      "created_at" : "Tue Jan 07 07:06:41 +0000 2025",
      "favorited" : false,
      "full_text" : "Forge is open to visitors on the Victorian Heritage weekend again, demos every hour from 10. #Oamaru https://t.co/Vh3KqR8mZp",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1861097514982752256"
          ],
          "editableUntil" : "2024-11-25T18:59:30.000Z",
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
        "96"
      ],
      "favorite_count" : "6",
      "id_str" : "1861097514982752256",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1861097514982752256",
      "created_at" : "Mon Nov 25 17:59:30 +0000 2024",
      "favorited" : false,
      "full_text" : "Forty-one years at the anvil and I still burn my thumb on the first horseshoe of every season.",
      "lang" : "en"
    }
  }
]
