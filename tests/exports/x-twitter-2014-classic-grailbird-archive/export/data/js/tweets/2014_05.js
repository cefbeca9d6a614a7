Grailbird.data.tweets_2014_05 = 
[
  {
    "source" : "<a href=\"http:\/\/twitter.com\/download\/android\" rel=\"nofollow\">Twitter for Android<\/a>",
    "entities" : {
      "user_mentions" : [ ],
      "media" : [ ],
      "hashtags" : [
        {
          "text" : "raku",
          "indices" : [ 55, 60 ]
        }
      ],
      "urls" : [ ]
    },
    "geo" : { },
    "id_str" : "471998203312541697",
    "text" : "First raku firing of the season, three cracked, two ok #raku",
    "id" : 471998203312541697,
    "created_at" : "2014-05-29 16:04:51 +0000",
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
    "source" : "<a href=\"http:\/\/twitter.com\" rel=\"nofollow\">Twitter Web Client<\/a>",
    "entities" : {
      "user_mentions" : [
        {
          "name" : "Baran Y\u0131ld\u0131z",
          "screen_name" : "baran_kiln",
          "indices" : [ 0, 11 ],
          "id_str" : "1837465021",
          "id" : 1837465021
        }
      ],
      "media" : [ ],
      "hashtags" : [ ],
      "urls" : [ ]
    },
    "in_reply_to_status_id_str" : "469301827364510720",
    "geo" : { },
    "id_str" : "469318273645510144",
    "in_reply_to_user_id" : 1837465021,
    "text" : "@baran_kiln yes, Saturday at the studio in Odunpazar\u0131 works for me",
    "id" : 469318273645510144,
    "in_reply_to_status_id" : 469301827364510720,
    "created_at" : "2014-05-22 06:31:07 +0000",
    "in_reply_to_screen_name" : "baran_kiln",
    "in_reply_to_user_id_str" : "1837465021",
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