window.YTD.ad_impressions.part0 = [
  {
    "ad" : {
      "adsUserData" : {
        "adImpressions" : {
          "impressions" : [
            {
              "deviceInfo" : {
                "osType" : "Android",
                "deviceId" : "c8Vx2LqP0tNz7Rw4YbK1mHs9JdF3gAe6UiO5kTyQr2E=",
                "deviceType" : "SM-S921N"
              },
              "displayLocation" : "TimelineHome",
              "promotedTweetInfo" : {
                "tweetId" : "2021374177967794032",
                "tweetText" : "설 연휴가 끝나도 선물은 계속! 전통 공예 키트 최대 30% 할인, 2월 20일까지.",
                "urls" : [ ],
                "mediaUrls" : [ ]
              },
              "promotedTrendInfo" : {
                "trendId" : "118204",
                "name" : "#공예키트20260212",
                "description" : ""
              },
              "advertiserInfo" : {
                "advertiserName" : "Hanbit Craft Mall (example)",
                "screenName" : "@hanbitcraft_ex"
              },
              "matchedTargetingCriteria" : [
                {
                  "targetingType" : "Locations",
                  "targetingValue" : "South Korea"
                }
              ],
              "impressionTime" : "2026-02-12 00:41:17"
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
                "deviceId" : "c8Vx2LqP0tNz7Rw4YbK1mHs9JdF3gAe6UiO5kTyQr2E=",
                "deviceType" : "SM-S921N"
              },
              "displayLocation" : "SearchTweets",
              "promotedTweetInfo" : {
                "tweetId" : "2017115558510802985",
                "tweetText" : "Archival-grade drying boards and felts, shipped from Gimhae. Studio discount for registered workshops. https://t.co/Dr9yBq3KcW",
                "urls" : [
                  "https://t.co/Dr9yBq3KcW"
                ],
                "mediaUrls" : [ ]
              },
              "advertiserInfo" : {
                "advertiserName" : "Gaya Studio Supply (example)",
                "screenName" : "@gayasupply_ex"
              },
              "matchedTargetingCriteria" : [
                {
                  "targetingType" : "Retargeting campaign engager",
                  "targetingValue" : "Retargeting campaign engager: 51730294"
                },
                {
                  "targetingType" : "Retargeting engagement type",
                  "targetingValue" : "Retargeting engagement type: 1"
                },
                {
                  "targetingType" : "Locations",
                  "targetingValue" : "South Korea"
                },
                {
                  "targetingType" : "Languages",
                  "targetingValue" : "Korean"
                }
              ],
              "impressionTime" : "2026-02-03 12:30:55"
            },
            {
              "impressionTime" : "2026-02-03 12:33:08",
              "deviceInfo" : {
                "osType" : "Android",
                "deviceId" : "c8Vx2LqP0tNz7Rw4YbK1mHs9JdF3gAe6UiO5kTyQr2E=",
                "deviceType" : "SM-S921N"
              },
              "displayLocation" : "TweetConversation",
              "rtbCreativeMediaInfo" : {
                "dspName" : "Google"
              }
            }
          ]
        }
      }
    }
  }
]