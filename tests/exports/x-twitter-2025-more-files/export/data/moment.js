window.YTD.moment.part0 = [
  {
    "moment" : {
      "momentId" : "1129870328722465459",
      "createdAt" : "2019-05-18T22:04:13.000Z",
      "createdBy" : "2749160392",
      "title" : "Spring seed swap at the South Valley library",
      "coverMediaUrls" : [
        "https://pbs.twimg.com/media/D6rLq2kXsAE9vTz.jpg"
      ],
      "tweets" : [
        {
          "tweet" : {
            "id" : "1127615705773089459",
            "media" : [
              {
                "mediaInfo" : {
                  "image_info" : { }
                },
                "mediaPath" : "D6Qw8pZWkAIx3Rn.jpg",
                "sizes" : [
                  {
                    "width" : "1200",
                    "height" : "1600"
                  },
                  {
                    "width" : "510",
                    "height" : "680"
                  }
                ]
              }
            ]
          }
        },
        {
          "tweet" : {
            "id" : "1128830577538081459",
            "media" : [ ]
          }
        }
      ],
      "description" : "Photos and notes from our first swap table: 40 varieties, 3 hours, a lot of chile seeds."
    }
  },
  {
    "moment" : {
      "momentId" : "1424014976611361459",
      "createdAt" : "2021-08-07T14:30:02.000Z",
      "createdBy" : "2749160392",
      "title" : "Monsoon garden check-in",
      "coverMediaUrls" : [
        "https://pbs.twimg.com/media/E8JfT0bVcAQ2mYk.jpg"
      ],
      "tweets" : [
        {
          "tweet" : {
            "id" : "1423721467606049459",
            "media" : [
              {
                "mediaInfo" : {
                  "video_info" : {
                    "variants" : [
                      {
                        "bitRate" : "632000",
                        "url" : "https://video.twimg.com/ext_tw_video/1423721467606049459/pu/vid/480x852/Qm7aZp3LrT0vXe2K.mp4"
                      },
                      {
                        "bitRate" : "2176000",
                        "url" : "https://video.twimg.com/ext_tw_video/1423721467606049459/pu/vid/720x1280/hY4nWc8sDq1JbF6u.mp4"
                      }
                    ]
                  }
                }
              }
            ]
          }
        }
      ],
      "description" : "What survived the July storms."
    }
  }
]