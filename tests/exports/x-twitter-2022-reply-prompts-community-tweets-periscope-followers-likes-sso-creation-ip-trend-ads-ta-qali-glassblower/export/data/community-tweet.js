window.YTD.community_tweet.part0 = [
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "user_mentions" : [ ],
        "urls" : [ ],
        "symbols" : [ ],
        "media" : [
          {
            "expanded_url" : "https://twitter.com/marija_hgieg/status/1582396610048950273/photo/1",
            "indices" : [
              "48",
              "71"
            ],
            "url" : "https://t.co/Gk3Rt8vZqP",
            "media_url" : "http://pbs.twimg.com/media/FfXw2QaWAAE7kLm.jpg",
            "id_str" : "1582396563911606281",
            "id" : "1582396563911606281",
            "media_url_https" : "https://pbs.twimg.com/media/FfXw2QaWAAE7kLm.jpg",
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
            "display_url" : "pic.twitter.com/Gk3Rt8vZqP"
          }
        ],
        "hashtags" : [ ]
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "23",
      "id_str" : "1582396610048950273",
      "scopes" : {
        "followers" : false
      },
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1582396610048950273",
      "community_id" : "1486640121246646276",
      "possibly_sensitive" : false,
      "community_id_str" : "1486640121246646276",
      "created_at" : "Tue Oct 18 15:42:06 +0000 2022",
      "favorited" : false,
      "full_text" : "Cobalt and amber vase off the pipe this morning https://t.co/Gk3Rt8vZqP",
      "lang" : "en",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://twitter.com/marija_hgieg/status/1582396610048950273/photo/1",
            "indices" : [
              "48",
              "71"
            ],
            "url" : "https://t.co/Gk3Rt8vZqP",
            "media_url" : "http://pbs.twimg.com/media/FfXw2QaWAAE7kLm.jpg",
            "id_str" : "1582396563911606281",
            "id" : "1582396563911606281",
            "media_url_https" : "https://pbs.twimg.com/media/FfXw2QaWAAE7kLm.jpg",
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
            "display_url" : "pic.twitter.com/Gk3Rt8vZqP"
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
            "name" : "Nikos Glass (example)",
            "screen_name" : "nikos_blowpipe",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1190443827716284418",
            "id" : "1190443827716284418"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1564536315704246279",
      "id_str" : "1564539721479094272",
      "scopes" : {
        "followers" : false
      },
      "in_reply_to_user_id" : "1190443827716284418",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1564539721479094272",
      "in_reply_to_status_id" : "1564536315704246279",
      "community_id" : "1486640121246646276",
      "community_id_str" : "1486640121246646276",
      "created_at" : "Tue Aug 30 09:05:12 +0000 2022",
      "favorited" : false,
      "full_text" : "@nikos_blowpipe We anneal overnight, 14 hours down to room temperature. Faster than that and the thick bases crack in winter",
      "lang" : "en",
      "in_reply_to_screen_name" : "nikos_blowpipe",
      "in_reply_to_user_id_str" : "1190443827716284418"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/W8pLq2VxRn",
            "expanded_url" : "https://www.example.org/taqali-open-studio-2022",
            "display_url" : "example.org/taqali-open-stu…",
            "indices" : [
              "73",
              "96"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "9",
      "id_str" : "1534240660779958275",
      "scopes" : {
        "followers" : false
      },
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1534240660779958275",
      "community_id" : "1486640121246646276",
      "possibly_sensitive" : false,
      "community_id_str" : "1486640121246646276",
      "created_at" : "Tue Jun 07 18:27:33 +0000 2022",
      "favorited" : false,
      "full_text" : "Open studio at Ta' Qali on Saturday, come watch a paperweight being made https://t.co/W8pLq2VxRn",
      "lang" : "en"
    }
  }
]