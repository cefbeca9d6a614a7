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
                  "deviceId" : "Zr4mQ1xWb8sT2kLp0vYcN7eHdJ5uGaF3iOq6RtEwX9s=",
                  "deviceType" : "iPhone 14"
                },
                "displayLocation" : "TimelineHome",
                "promotedTweetInfo" : {
                  "tweetId" : "1908204477131624450",
                  "tweetText" : "Pinch pots to porcelain: weekend wheel-throwing classes now booking in Tucson. https://t.co/Ex4mPl3cD2 https://t.co/Ex4mPl3eF3",
                  "urls" : [
                    "https://t.co/Ex4mPl3cD2"
                  ],
                  "mediaUrls" : [
                    "https://t.co/Ex4mPl3eF3"
                  ]
                },
                "advertiserInfo" : {
                  "advertiserName" : "Barrio Clay Studio Example",
                  "screenName" : "@BarrioClayEx"
                },
                "matchedTargetingCriteria" : [
                  {
                    "targetingType" : "Conversation topics",
                    "targetingValue" : "Ceramics"
                  },
                  {
                    "targetingType" : "Locations",
                    "targetingValue" : "Tucson, AZ, USA"
                  }
                ],
                "impressionTime" : "2025-04-11 08:19:33"
              },
              "engagementAttributes" : [
                {
                  "engagementTime" : "2025-04-11 08:19:35",
                  "engagementType" : "VideoContentPlaybackStart"
                },
                {
                  "engagementTime" : "2025-04-11 08:19:41",
                  "engagementType" : "VideoContent6secView"
                },
                {
                  "engagementTime" : "2025-04-11 08:19:43",
                  "engagementType" : "VideoContentMrcView"
                },
                {
                  "engagementTime" : "2025-04-11 08:19:58",
                  "engagementType" : "VideoContentPlaybackComplete"
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
                  "osType" : "Desktop"
                },
                "displayLocation" : "OrganicVideo",
                "advertiserInfo" : {
                  "advertiserName" : "Desert Optics Example Co",
                  "screenName" : "@DesertOpticsEx"
                },
                "matchedTargetingCriteria" : [
                  {
                    "targetingType" : "Follower look-alikes",
                    "targetingValue" : "@AudubonSWExample"
                  },
                  {
                    "targetingType" : "Age",
                    "targetingValue" : "35 to 54"
                  }
                ],
                "impressionTime" : "2025-04-19 19:55:02"
              },
              "engagementAttributes" : [
                {
                  "engagementTime" : "2025-04-19 19:55:03",
                  "engagementType" : "VideoAdPlaybackStart"
                },
                {
                  "engagementTime" : "2025-04-19 19:55:09",
                  "engagementType" : "VideoAdPlayback50"
                },
                {
                  "engagementTime" : "2025-04-19 19:55:10",
                  "engagementType" : "VideoAdMrcView"
                },
                {
                  "engagementTime" : "2025-04-19 19:55:14",
                  "engagementType" : "VideoAdPlayback95"
                }
              ]
            }
          ]
        }
      }
    }
  }
]