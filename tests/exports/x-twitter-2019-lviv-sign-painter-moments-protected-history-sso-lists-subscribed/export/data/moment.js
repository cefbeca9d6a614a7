window.YTD.moment.part0 = [
  {
    "moment" : {
      "momentId" : "1161205012938475520",
      "createdAt" : "2019-08-13T09:12:44.871Z",
      "createdBy" : "1087340019283746101",
      "title" : "Вивіски Підзамча, серпень 2019",
      "coverMediaUrls" : [
        "https://pbs.twimg.com/media/EBx7kTqWsAI3nRm.jpg"
      ],
      "tweets" : [
        {
          "momentId" : "1161205012938475520",
          "tweet" : {
            "deviceSource" : {
              "name" : "Twitter for Android",
              "parameter" : "oauth:258901",
              "url" : "http://twitter.com/download/android",
              "internalName" : "oauth:258901",
              "id" : "0",
              "clientAppId" : "258901",
              "display" : "<a href=\"http://twitter.com/download/android\">Twitter for Android</a>"
            },
            "urls" : [ ],
            "coreData" : {
              "nsfwUser" : false,
              "createdVia" : "oauth:258901",
              "nsfwAdmin" : false,
              "createdAtSecs" : "1565687544",
              "text" : "Нова вивіска для пекарні на Замарстинівській, золото по чорному склу. Сохне до п'ятниці https://t.co/Qw7pLk2Rz9",
              "nullcast" : false,
              "conversationId" : "1161204938475102209",
              "userId" : "1087340019283746101",
              "hasTakedown" : false,
              "hasMedia" : true
            },
            "mentions" : [ ],
            "id" : "1161204938475102209",
            "language" : {
              "language" : "uk",
              "rightToLeft" : false,
              "confidence" : "0.8812004327774048"
            },
            "media" : [
              {
                "expandedUrl" : "https://twitter.com/oksana_vyvisky/status/1161204938475102209/photo/1",
                "mediaInfo" : {
                  "image_info" : { }
                },
                "url" : "https://t.co/Qw7pLk2Rz9",
                "nsfw" : false,
                "toIndex" : "96",
                "mediaUrl" : "http://pbs.twimg.com/media/EBx7kTqWsAI3nRm.jpg",
                "mediaPath" : "EBx7kTqWsAI3nRm.jpg",
                "displayUrl" : "pic.twitter.com/Qw7pLk2Rz9",
                "mediaUrlHttps" : "https://pbs.twimg.com/media/EBx7kTqWsAI3nRm.jpg",
                "mediaKey" : {
                  "mediaCategory" : {
                    "value" : "3",
                    "name" : "TweetImage",
                    "originalName" : "TWEET_IMAGE",
                    "annotations" : { }
                  },
                  "mediaId" : "1161204931029384712"
                },
                "isProtected" : false,
                "mediaId" : "1161204931029384712",
                "sizes" : [
                  {
                    "resizeMethod" : {
                      "value" : "1",
                      "name" : "Crop",
                      "originalName" : "CROP",
                      "annotations" : { }
                    },
                    "height" : "150",
                    "deprecatedContentType" : {
                      "value" : "1",
                      "name" : "ImageJpeg",
                      "originalName" : "IMAGE_JPEG",
                      "annotations" : { }
                    },
                    "sizeType" : {
                      "value" : "4",
                      "name" : "Thumb",
                      "originalName" : "THUMB",
                      "annotations" : { }
                    },
                    "width" : "150"
                  },
                  {
                    "resizeMethod" : {
                      "value" : "0",
                      "name" : "Fit",
                      "originalName" : "FIT",
                      "annotations" : { }
                    },
                    "focusRects" : [
                      {
                        "crop" : {
                          "left" : "0",
                          "top" : "64",
                          "width" : "1200",
                          "height" : "672"
                        }
                      },
                      {
                        "crop" : {
                          "left" : "150",
                          "top" : "0",
                          "width" : "900",
                          "height" : "900"
                        }
                      }
                    ],
                    "height" : "900",
                    "deprecatedContentType" : {
                      "value" : "1",
                      "name" : "ImageJpeg",
                      "originalName" : "IMAGE_JPEG",
                      "annotations" : { }
                    },
                    "faces" : [ ],
                    "sizeType" : {
                      "value" : "1",
                      "name" : "Large",
                      "originalName" : "LARGE",
                      "annotations" : { }
                    },
                    "width" : "1200"
                  }
                ],
                "fromIndex" : "73"
              }
            ],
            "counts" : {
              "retweetCount" : "2",
              "replyCount" : "1",
              "favoriteCount" : "14"
            },
            "cashtags" : [ ],
            "hashtags" : [ ]
          }
        },
        {
          "momentId" : "1161205012938475520",
          "tweet" : {
            "deviceSource" : {
              "name" : "Twitter for Android",
              "parameter" : "oauth:258901",
              "url" : "http://twitter.com/download/android",
              "internalName" : "oauth:258901",
              "id" : "0",
              "clientAppId" : "258901",
              "display" : "<a href=\"http://twitter.com/download/android\">Twitter for Android</a>"
            },
            "urls" : [ ],
            "coreData" : {
              "nsfwUser" : false,
              "createdVia" : "oauth:258901",
              "nsfwAdmin" : false,
              "createdAtSecs" : "1565688732",
              "text" : "@lviv_typo_walk так, шрифт підібрали з фото 1930-х",
              "reply" : {
                "inReplyToUserId" : "1029384756102938471",
                "inReplyToScreenName" : "lviv_typo_walk"
              },
              "directedAtUser" : {
                "userId" : "1029384756102938471",
                "screenName" : "lviv_typo_walk"
              },
              "nullcast" : false,
              "conversationId" : "1161209921836457984",
              "userId" : "1087340019283746101",
              "hasTakedown" : false,
              "hasMedia" : false
            },
            "mentions" : [
              {
                "name" : "Lviv Type Walks",
                "screenName" : "lviv_typo_walk",
                "toIndex" : "15",
                "userId" : "1029384756102938471",
                "fromIndex" : "0"
              }
            ],
            "id" : "1161209921836457984",
            "language" : {
              "language" : "uk",
              "rightToLeft" : false,
              "confidence" : "0.8812004327774048"
            },
            "counts" : {
              "retweetCount" : "2",
              "replyCount" : "1",
              "favoriteCount" : "14"
            },
            "cashtags" : [ ],
            "hashtags" : [ ]
          }
        }
      ]
    }
  },
  {
    "moment" : {
      "momentId" : "1098812203948576768",
      "createdAt" : "2019-02-22T06:41:03.120Z",
      "createdBy" : "1087340019283746101",
      "title" : "2019-02-22 06:41:03 +0000",
      "coverMediaUrls" : [ ],
      "tweets" : [ ]
    }
  }
]