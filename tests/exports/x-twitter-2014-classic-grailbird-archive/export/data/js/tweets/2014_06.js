Grailbird.data.tweets_2014_06 = 
[
  {
    "source" : "<a href=\"http:\/\/twitter.com\" rel=\"nofollow\">Twitter Web Client<\/a>",
    "entities" : {
      "user_mentions" : [
        {
          "name" : "Baran Y\u0131ld\u0131z",
          "screen_name" : "baran_kiln",
          "indices" : [ 3, 14 ],
          "id_str" : "1837465021",
          "id" : 1837465021
        }
      ],
      "media" : [ ],
      "hashtags" : [ ],
      "urls" : [
        {
          "indices" : [ 52, 74 ],
          "url" : "http:\/\/t.co\/Lm4Qz8Rt2V",
          "expanded_url" : "http:\/\/glazes.example.org\/shino-notes",
          "display_url" : "glazes.example.org\/shino-notes"
        }
      ]
    },
    "geo" : { },
    "id_str" : "480130019283746817",
    "text" : "RT @baran_kiln: Notes from last week's shino tests: http:\/\/t.co\/Lm4Qz8Rt2V",
    "retweeted_status" : {
      "source" : "<a href=\"http:\/\/twitter.com\" rel=\"nofollow\">Twitter Web Client<\/a>",
      "entities" : {
        "user_mentions" : [ ],
        "media" : [ ],
        "hashtags" : [ ],
        "urls" : [
          {
            "indices" : [ 36, 58 ],
            "url" : "http:\/\/t.co\/Lm4Qz8Rt2V",
            "expanded_url" : "http:\/\/glazes.example.org\/shino-notes",
            "display_url" : "glazes.example.org\/shino-notes"
          }
        ]
      },
      "geo" : { },
      "id_str" : "480112938475610112",
      "text" : "Notes from last week's shino tests: http:\/\/t.co\/Lm4Qz8Rt2V",
      "id" : 480112938475610112,
      "created_at" : "2014-06-20 19:22:40 +0000",
      "user" : {
        "name" : "Baran Y\u0131ld\u0131z",
        "screen_name" : "baran_kiln",
        "protected" : false,
        "id_str" : "1837465021",
        "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/455120938475610293\/Pw8xRt2L_normal.png",
        "id" : 1837465021,
        "verified" : false
      }
    },
    "id" : 480130019283746817,
    "created_at" : "2014-06-20 20:30:33 +0000",
    "user" : {
      "name" : "Defne Aksoy-Whitlock",
      "screen_name" : "defne_akw",
      "protected" : false,
      "id_str" : "2401938475",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/470112233445566778\/Kq3vTz9B_normal.jpeg",
      "id" : 2401938475,
      "verified" : false
    }
  },
  {
    "source" : "<a href=\"http:\/\/twitter.com\/download\/android\" rel=\"nofollow\">Twitter for Android<\/a>",
    "entities" : {
      "user_mentions" : [ ],
      "media" : [ ],
      "hashtags" : [ ],
      "urls" : [
        {
          "indices" : [ 43, 65 ],
          "url" : "http:\/\/t.co\/Hv2Nc7Wq0P",
          "expanded_url" : "http:\/\/market.example.net\/stall\/defne-ceramics",
          "display_url" : "market.example.net\/stall\/defne-c\u2026"
        }
      ]
    },
    "geo" : { },
    "id_str" : "476540192837465088",
    "text" : "Tea bowls at the Sunday market stall again http:\/\/t.co\/Hv2Nc7Wq0P",
    "id" : 476540192837465088,
    "created_at" : "2014-06-11 02:15:09 +0000",
    "user" : {
      "name" : "Defne Aksoy-Whitlock",
      "screen_name" : "defne_akw",
      "protected" : false,
      "id_str" : "2401938475",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/470112233445566778\/Kq3vTz9B_normal.jpeg",
      "id" : 2401938475,
      "verified" : false
    }
  },
  {
    "source" : "<a href=\"http:\/\/twitter.com\/download\/android\" rel=\"nofollow\">Twitter for Android<\/a>",
    "entities" : {
      "user_mentions" : [ ],
      "media" : [ ],
      "hashtags" : [ ],
      "urls" : [ ]
    },
    "geo" : { },
    "id_str" : "474200183746510848",
    "text" : "Kiln shelf finally replaced. Only took me three weeks.",
    "id" : 474200183746510848,
    "created_at" : "2014-06-04 15:03:22 +0000",
    "user" : {
      "name" : "Defne Aksoy-Whitlock",
      "screen_name" : "defne_akw",
      "protected" : false,
      "id_str" : "2401938475",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/470112233445566778\/Kq3vTz9B_normal.jpeg",
      "id" : 2401938475,
      "verified" : false
    }
  }
]