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
                "displayLocation" : "TimelineHome",
                "promotedTweetInfo" : {
                  "tweetId" : "1922305851528518246",
                  "tweetText" : "Layers that actually keep the North Atlantic out. 20% off shell jackets this week only.",
                  "urls" : [ ],
                  "mediaUrls" : [
                    "https://t.co/Xw2mPq7KcN"
                  ]
                },
                "advertiserInfo" : {
                  "advertiserName" : "Harbourline Outfitters (example)",
                  "screenName" : "@harbourline_ex"
                },
                "matchedTargetingCriteria" : [
                  {
                    "targetingType" : "Follower look-alikes",
                    "targetingValue" : "@parkscanada_ex"
                  },
                  {
                    "targetingType" : "Locations",
                    "targetingValue" : "Newfoundland and Labrador, CA"
                  },
                  {
                    "targetingType" : "Age",
                    "targetingValue" : "25 to 54"
                  },
                  {
                    "targetingType" : "Platforms",
                    "targetingValue" : "Desktop"
                  }
                ],
                "impressionTime" : "2025-05-14 11:08:52"
              },
              "engagementAttributes" : [
                {
                  "engagementTime" : "2025-05-14 11:08:53",
                  "engagementType" : "ChargeableImpression"
                }
              ]
            },
            {
              "impressionAttributes" : {
                "deviceInfo" : {
                  "osType" : "Desktop"
                },
                "displayLocation" : "TweetConversation",
                "promotedTweetInfo" : {
                  "tweetId" : "1915333100754236403",
                  "tweetText" : "Fly St. John's to Reykjavík from $389 ✈️ Book by Sunday.",
                  "urls" : [ ],
                  "mediaUrls" : [ ]
                },
                "advertiserInfo" : {
                  "advertiserName" : "NorthHop Air (example)",
                  "screenName" : "@northhop_ex"
                },
                "matchedTargetingCriteria" : [
                  {
                    "targetingType" : "Keywords",
                    "targetingValue" : "iceland"
                  },
                  {
                    "targetingType" : "Languages",
                    "targetingValue" : "English"
                  }
                ],
                "impressionTime" : "2025-04-26 19:44:10"
              },
              "engagementAttributes" : [
                {
                  "engagementTime" : "2025-04-26 19:44:11",
                  "engagementType" : "ChargeableImpression"
                },
                {
                  "engagementTime" : "2025-04-26 19:44:37",
                  "engagementType" : "Mute"
                }
              ]
            }
          ]
        }
      }
    }
  }
]