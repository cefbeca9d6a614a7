window.YTD.ad_engagements.part0 = [
  {
    "ad" : {
      "adsUserData" : {
        "adEngagements" : {
          "engagements" : [
            {
              "impressionAttributes" : {
                "deviceInfo" : {
                  "osType" : "Android",
                  "deviceId" : "Tq8vM3nXc2RbL9kWp4ZsYh7JdA1fGe6uNo5iKr0QtE="
                },
                "displayLocation" : "TimelineHome",
                "promotedTweetInfo" : {
                  "tweetId" : "2005519146808333653",
                  "tweetText" : "Sharp, glass-coated manja for Uttarayan 2026 🪁 Order by 12 January for delivery in Ahmedabad https://t.co/Ms5tR8kLw2",
                  "urls" : [ ],
                  "mediaUrls" : [
                    "https://t.co/Ms5tR8kLw2"
                  ]
                },
                "advertiserInfo" : {
                  "advertiserName" : "Sharp Manja Co (example)",
                  "screenName" : "@sharpmanja_ex"
                },
                "matchedTargetingCriteria" : [
                  {
                    "targetingType" : "Conversation topics",
                    "targetingValue" : "Festivals"
                  },
                  {
                    "targetingType" : "Locations",
                    "targetingValue" : "Gujarat"
                  },
                  {
                    "targetingType" : "Retargeting engagement type",
                    "targetingValue" : "Retargeting engagement type: 1"
                  }
                ],
                "impressionTime" : "2026-01-06 14:31:52"
              },
              "engagementAttributes" : [
                {
                  "engagementTime" : "2026-01-06 14:32:33",
                  "engagementType" : "DwellShort"
                },
                {
                  "engagementTime" : "2026-01-06 14:32:19",
                  "engagementType" : "CardUrlClick"
                },
                {
                  "engagementTime" : "2026-01-06 14:31:56",
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