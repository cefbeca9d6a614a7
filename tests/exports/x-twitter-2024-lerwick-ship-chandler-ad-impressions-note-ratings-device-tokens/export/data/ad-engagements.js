window.YTD.ad_engagements.part0 = [
  {
    "ad" : {
      "adsUserData" : {
        "adEngagements" : {
          "engagements" : [
            {
              "impressionAttributes" : {
                "deviceInfo" : {
                  "osType" : "Ios"
                },
                "displayLocation" : "TimelineHome",
                "promotedTweetInfo" : {
                  "tweetId" : "1772610938475620352",
                  "tweetText" : "Marine-grade rope, 20% off this week only. Free delivery to the Northern Isles.",
                  "urls" : [ ],
                  "mediaUrls" : [
                    "https://t.co/Qx7LmR2vTa"
                  ]
                },
                "advertiserInfo" : {
                  "advertiserName" : "Example Ropeworks",
                  "screenName" : "@ExampleRopeworks"
                },
                "matchedTargetingCriteria" : [
                  {
                    "targetingType" : "Keywords",
                    "targetingValue" : "chandlery"
                  },
                  {
                    "targetingType" : "Locations",
                    "targetingValue" : "United Kingdom"
                  }
                ],
                "impressionTime" : "2024-03-26 07:41:12"
              },
              "engagementAttributes" : [
                {
                  "engagementTime" : "2024-03-26 07:41:13",
                  "engagementType" : "ChargeableImpression"
                },
                {
                  "engagementTime" : "2024-03-26 07:41:20",
                  "engagementType" : "Detail"
                },
                {
                  "engagementTime" : "2024-03-26 07:41:26",
                  "engagementType" : "UrlClick"
                }
              ]
            },
            {
              "impressionAttributes" : {
                "deviceInfo" : {
                  "osType" : "Desktop"
                },
                "displayLocation" : "SearchTweets",
                "advertiserInfo" : {
                  "advertiserName" : "Example Ferries",
                  "screenName" : "@ExampleFerriesNI"
                },
                "matchedTargetingCriteria" : [
                  {
                    "targetingType" : "Follower look-alikes",
                    "targetingValue" : "@ExampleHarbourTrust"
                  }
                ],
                "impressionTime" : "2024-03-28 19:05:47"
              },
              "engagementAttributes" : [
                {
                  "engagementTime" : "2024-03-28 19:05:58",
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
