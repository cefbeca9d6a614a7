window.YTD.ad_impressions.part0 = [
  {
    "ad" : {
      "adsUserData" : {
        "adImpressions" : {
          "impressions" : [
            {
              "impressionTime" : "2026-02-03 22:41:09",
              "deviceInfo" : {
                "osType" : "Android",
                "deviceId" : "u7PqZk3Lw0Xn9Rt2Mb5Vc8Jh1Gd4Fs6Ay0EoKi3NqT=",
                "deviceType" : "SM-A556E"
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
                "deviceId" : "u7PqZk3Lw0Xn9Rt2Mb5Vc8Jh1Gd4Fs6Ay0EoKi3NqT=",
                "deviceType" : "SM-A556E"
              },
              "displayLocation" : "TweetConversation",
              "promotedTweetInfo" : {
                "tweetId" : "2010501979963048677",
                "tweetText" : "Bamboo and palm-leaf supplies for craft workshops, shipped nationwide. https://t.co/Kx2wPq7NmE",
                "urls" : [
                  "https://t.co/Kx2wPq7NmE"
                ],
                "mediaUrls" : [ ]
              },
              "advertiserInfo" : {
                "advertiserName" : "Tre Việt Supply (example)",
                "screenName" : "@treviet_ex"
              },
              "matchedTargetingCriteria" : [
                {
                  "targetingType" : "List",
                  "targetingValue" : "Audience 1"
                },
                {
                  "targetingType" : "Follower look-alikes",
                  "targetingValue" : "@phuho_la_ex"
                },
                {
                  "targetingType" : "Languages",
                  "targetingValue" : "Vietnamese"
                },
                {
                  "targetingType" : "New device targeting",
                  "targetingValue" : "6 months"
                }
              ],
              "impressionTime" : "2026-01-15 08:22:50"
            }
          ]
        }
      }
    }
  }
]