window.YTD.ad_engagements.part0 = [
  {
    "ad" : {
      "adsUserData" : {
        "adEngagements" : {
          "engagements" : [
            {
              "impressionAttributes" : {
                "deviceInfo" : {
                  "osType" : "Desktop"
                },
                "displayLocation" : "TweetConversation",
                "promotedTweetInfo" : {
                  "tweetId" : "1863529045126717440",
                  "tweetText" : "Tørrdrakter til vinterdykking – 20 % rabatt ut desember. Finn din størrelse i butikken.",
                  "urls" : [ ],
                  "mediaUrls" : [
                    "https://t.co/Vh6cXk2LpQ"
                  ]
                },
                "advertiserInfo" : {
                  "advertiserName" : "Fjorddykk Utstyr",
                  "screenName" : "@fjorddykk"
                },
                "matchedTargetingCriteria" : [
                  {
                    "targetingType" : "Keywords",
                    "targetingValue" : "dykking"
                  },
                  {
                    "targetingType" : "Locations",
                    "targetingValue" : "Norway"
                  },
                  {
                    "targetingType" : "Languages",
                    "targetingValue" : "Norwegian"
                  },
                  {
                    "targetingType" : "Age",
                    "targetingValue" : "25 to 54"
                  }
                ],
                "impressionTime" : "2024-12-03 20:41:17"
              },
              "engagementAttributes" : [
                {
                  "engagementTime" : "2024-12-03 20:41:19",
                  "engagementType" : "ChargeableImpression"
                },
                {
                  "engagementTime" : "2024-12-03 20:41:52",
                  "engagementType" : "Mute"
                }
              ]
            }
          ]
        }
      }
    }
  },
  {
    "ad" : {
      "adsUserData" : {
        "adEngagements" : {
          "engagements" : [
            {
              "impressionAttributes" : {
                "deviceInfo" : {
                  "osType" : "Android",
                  "deviceId" : "pX7n2Qe0vLk9RtB4mWc1ZsYhJ8uFgDa3oK6iNb5TqEw="
                },
                "displayLocation" : "TimelineHome",
                "promotedTweetInfo" : {
                  "tweetId" : "1885411930277285888",
                  "tweetText" : "Sea kayak season starts in March. Guided tours from Bergen every weekend.",
                  "urls" : [
                    "https://t.co/Zk4PmA7rWd"
                  ],
                  "mediaUrls" : [ ]
                },
                "advertiserInfo" : {
                  "advertiserName" : "Vestkyst Kajakk",
                  "screenName" : "@vestkystkajakk"
                },
                "matchedTargetingCriteria" : [
                  {
                    "targetingType" : "Follower look-alikes",
                    "targetingValue" : "@ingridvasstrand"
                  },
                  {
                    "targetingType" : "Platforms",
                    "targetingValue" : "Android"
                  },
                  {
                    "targetingType" : "Gender",
                    "targetingValue" : "Women"
                  },
                  {
                    "targetingType" : "Website Activity",
                    "targetingValue" : "VK site visitors 90d"
                  }
                ],
                "impressionTime" : "2025-02-01 08:12:44"
              },
              "engagementAttributes" : [
                {
                  "engagementTime" : "2025-02-01 08:12:45",
                  "engagementType" : "VideoContentPlaybackStart"
                },
                {
                  "engagementTime" : "2025-02-01 08:12:46",
                  "engagementType" : "VideoContent1secView"
                },
                {
                  "engagementTime" : "2025-02-01 08:12:45",
                  "engagementType" : "ChargeableImpression"
                }
              ]
            }
          ]
        }
      }
    }
  }
]