window.YTD.ad_engagements.part0 = [
  {
    "ad" : {
      "adsUserData" : {
        "adEngagements" : {
          "engagements" : [
            {
              "impressionAttributes" : {
                "deviceInfo" : {
                  "osType" : "Ios",
                  "deviceId" : "q8Zk1vT3mYx0pLr7Ws2dNe4HcUa9BfGj6iKoQ5tEyR0=",
                  "deviceType" : "iPhone 12"
                },
                "displayLocation" : "TimelineHome",
                "promotedTweetInfo" : {
                  "tweetId" : "1640211000000000101",
                  "tweetText" : "Trail season is here. Lightweight packs for every route — 20% off this week only.",
                  "urls" : [
                    "https://t.co/ExAdTrail01"
                  ],
                  "mediaUrls" : [
                    "https://t.co/ExAdMedia01"
                  ]
                },
                "advertiserInfo" : {
                  "advertiserName" : "Example Outdoor Co",
                  "screenName" : "@ExampleOutdoor"
                },
                "matchedTargetingCriteria" : [
                  {
                    "targetingType" : "Follower look-alikes",
                    "targetingValue" : "@ExampleHikingMag"
                  },
                  {
                    "targetingType" : "Platforms",
                    "targetingValue" : "iOS"
                  },
                  {
                    "targetingType" : "Age",
                    "targetingValue" : "25 to 54"
                  },
                  {
                    "targetingType" : "Languages",
                    "targetingValue" : "Spanish"
                  },
                  {
                    "targetingType" : "Locations",
                    "targetingValue" : "Spain"
                  }
                ],
                "impressionTime" : "2023-03-30 07:14:52"
              },
              "engagementAttributes" : [
                {
                  "engagementTime" : "2023-03-30 07:14:55",
                  "engagementType" : "VideoContentPlaybackStart"
                },
                {
                  "engagementTime" : "2023-03-30 07:14:52",
                  "engagementType" : "ChargeableImpression"
                },
                {
                  "engagementTime" : "2023-03-30 07:14:56",
                  "engagementType" : "VideoContent1secView"
                },
                {
                  "engagementTime" : "2023-03-30 07:15:09",
                  "engagementType" : "VideoSession"
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
                  "osType" : "Ios",
                  "deviceId" : "q8Zk1vT3mYx0pLr7Ws2dNe4HcUa9BfGj6iKoQ5tEyR0=",
                  "deviceType" : "iPhone 12"
                },
                "displayLocation" : "Trends",
                "promotedTrendInfo" : {
                  "trendId" : "90533",
                  "name" : "#InventedFestival2023",
                  "description" : "Tickets on sale now"
                },
                "advertiserInfo" : {
                  "advertiserName" : "Invented Festival",
                  "screenName" : "@InventedFest"
                },
                "impressionTime" : "2023-04-07 19:22:40"
              },
              "engagementAttributes" : [
                {
                  "engagementTime" : "2023-04-07 19:22:40",
                  "engagementType" : "TrendView"
                },
                {
                  "engagementTime" : "2023-04-07 19:23:02",
                  "engagementType" : "TrendView"
                }
              ]
            }
          ]
        }
      }
    }
  }
]