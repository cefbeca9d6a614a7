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
                  "tweetId" : "1884207731559882752",
                  "tweetText" : "Coal, coke and propane forge kits delivered anywhere in Otago. https://t.co/Pq2LmX7vNe",
                  "urls" : [
                    "https://t.co/Pq2LmX7vNe"
                  ],
                  "mediaUrls" : [ ]
                },
                "advertiserInfo" : {
                  "advertiserName" : "Southern Smithy Supply (example)",
                  "screenName" : "@southsmithy_ex"
                },
                "matchedTargetingCriteria" : [
                  {
                    "targetingType" : "Conversation topics",
                    "targetingValue" : "Metalworking"
                  },
                  {
                    "targetingType" : "Locations",
                    "targetingValue" : "Otago, NZ"
                  }
                ],
                "impressionTime" : "2025-01-28 06:52:13"
              },
              "engagementAttributes" : [
                {
                  "engagementTime" : "2025-01-28 06:52:14",
                  "engagementType" : "ChargeableImpression"
                },
                {
                  "engagementTime" : "2025-01-28 06:52:31",
                  "engagementType" : "Detail"
                }
              ]
            }
          ]
        }
      }
    }
  }
]
