window.YTD.ad_impressions.part0 = [
  {
    "ad" : {
      "adsUserData" : {
        "adImpressions" : {
          "impressions" : [
            {
              "impressionTime" : "2025-12-30 16:44:27",
              "deviceInfo" : {
                "osType" : "Android",
                "deviceId" : "Tq8vM3nXc2RbL9kWp4ZsYh7JdA1fGe6uNo5iKr0QtE=",
                "deviceType" : "RMX3834"
              },
              "displayLocation" : "TimelineHome",
              "rtbCreativeMediaInfo" : {
                "dspName" : "Google"
              }
            }
          ]
        }
      }
    }
  },
  {
    "ad" : {
      "adsUserData" : {
        "adImpressions" : {
          "impressions" : [
            {
              "deviceInfo" : {
                "osType" : "Android",
                "deviceId" : "Tq8vM3nXc2RbL9kWp4ZsYh7JdA1fGe6uNo5iKr0QtE=",
                "deviceType" : "RMX3834"
              },
              "displayLocation" : "TweetConversation",
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
                  "targetingType" : "Languages",
                  "targetingValue" : "Gujarati"
                },
                {
                  "targetingType" : "Age",
                  "targetingValue" : "25 to 54"
                }
              ],
              "impressionTime" : "2026-01-04 03:12:09"
            }
          ]
        }
      }
    }
  }
]