window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1667589012734517249"
          ],
          "editableUntil" : "2023-06-10T17:32:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "currach",
            "indices" : [
              "97",
              "105"
            ]
          },
          {
            "text" : "Gaillimh",
            "indices" : [
              "106",
              "115"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "41",
      "id_str" : "1667589012734517249",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1667589012734517249",
      "created_at" : "Sat Jun 10 17:02:11 +0000 2023",
      "favorited" : false,
      "full_text" : "Tarred the second currach hull today, three coats. Launch at Claddagh on the 24th if the weather holds #currach #Gaillimh",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1672301845120364544"
          ],
          "editableUntil" : "2023-06-23T17:39:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Maoilíosa Ó Flaithearta",
            "screen_name" : "maoliosa_seol",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1390456712093184002",
            "id" : "1390456712093184002"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "3",
      "id_str" : "1672301845120364544",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1672301845120364544",
      "created_at" : "Fri Jun 23 17:09:40 +0000 2023",
      "favorited" : false,
      "full_text" : "@maoliosa_seol Go raibh maith agat! Oars are ash from a farm near Oughterard",
      "lang" : "ga",
      "in_reply_to_status_id_str" : "1672290017433477120",
      "in_reply_to_status_id" : "1672290017433477120",
      "in_reply_to_user_id" : "1390456712093184002",
      "in_reply_to_user_id_str" : "1390456712093184002",
      "in_reply_to_screen_name" : "maoliosa_seol"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1674077329861816321",
            "1674078001205575680"
          ],
          "editableUntil" : "2023-06-28T15:14:52.000Z",
          "editsRemaining" : "4",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/Xq4bV7sLm2",
            "expanded_url" : "https://blog.example.org/currach/steam-bending-jig",
            "display_url" : "blog.example.org/currach/steam-…",
            "indices" : [
              "62",
              "85"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "12",
      "id_str" : "1674077329861816321",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1674077329861816321",
      "created_at" : "Wed Jun 28 14:44:52 +0000 2023",
      "favorited" : false,
      "full_text" : "Wrote up the steam-bending jig for the ribs, drawings inside: https://t.co/Xq4bV7sLm2",
      "lang" : "en"
    }
  }
]