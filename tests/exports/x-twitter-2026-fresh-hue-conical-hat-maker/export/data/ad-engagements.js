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
                  "deviceId" : "u7PqZk3Lw0Xn9Rt2Mb5Vc8Jh1Gd4Fs6Ay0EoKi3NqT="
                },
                "displayLocation" : "TimelineHome",
                "promotedTweetInfo" : {
                  "tweetId" : "2016300185813721736",
                  "tweetText" : "Homestays in Huế's craft villages, booked in two taps. Get 10% off your first stay in the app. https://t.co/Rb6yNq0TzA",
                  "urls" : [ ],
                  "mediaUrls" : [
                    "https://t.co/Rb6yNq0TzA"
                  ]
                },
                "advertiserInfo" : {
                  "advertiserName" : "Làng Stay (example)",
                  "screenName" : "@langstay_ex"
                },
                "matchedTargetingCriteria" : [
                  {
                    "targetingType" : "App Activity",
                    "targetingValue" : "Install Làng Stay: Homestays Vietnam ANDROID 30 Day"
                  },
                  {
                    "targetingType" : "Age",
                    "targetingValue" : "25 to 49"
                  },
                  {
                    "targetingType" : "Platforms",
                    "targetingValue" : "Android"
                  },
                  {
                    "targetingType" : "Locations",
                    "targetingValue" : "Vietnam"
                  }
                ],
                "impressionTime" : "2026-02-20 13:05:41"
              },
              "engagementAttributes" : [
                {
                  "engagementTime" : "2026-02-20 13:05:47",
                  "engagementType" : "ChargeableImpression"
                },
                {
                  "engagementTime" : "2026-02-20 13:05:46",
                  "engagementType" : "VideoContentPlaybackStart"
                },
                {
                  "engagementTime" : "2026-02-20 13:05:48",
                  "engagementType" : "VideoContent1secView"
                },
                {
                  "engagementTime" : "2026-02-20 13:05:55",
                  "engagementType" : "CardAppInstallAttempt"
                },
                {
                  "engagementTime" : "2026-02-20 13:06:02",
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
                  "osType" : "Android",
                  "deviceId" : "u7PqZk3Lw0Xn9Rt2Mb5Vc8Jh1Gd4Fs6Ay0EoKi3NqT="
                },
                "displayLocation" : "Spotlight",
                "promotedTrendInfo" : {
                  "trendId" : "118402",
                  "name" : "TetAtHome",
                  "description" : "Tết gifts delivered anywhere in Vietnam before the 28th (example)"
                },
                "advertiserInfo" : {
                  "advertiserName" : "Giỏ Quà Tết (example)",
                  "screenName" : "@gioquatet_ex"
                },
                "impressionTime" : "2026-02-08 02:17:30"
              },
              "engagementAttributes" : [
                {
                  "engagementTime" : "2026-02-08 02:17:33",
                  "engagementType" : "SpotlightView"
                },
                {
                  "engagementTime" : "2026-02-08 02:17:34",
                  "engagementType" : "VideoContentPlaybackStart"
                }
              ]
            }
          ]
        }
      }
    }
  }
]