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
                  "deviceId" : "c8Vx2LqP0tNz7Rw4YbK1mHs9JdF3gAe6UiO5kTyQr2E="
                },
                "displayLocation" : "TimelineHome",
                "promotedTweetInfo" : {
                  "tweetId" : "2007980364397555764",
                  "tweetText" : "하루 10분, 손글씨 캘리그라피 온라인 클래스 🖌️ 지금 신청하면 첫 달 무료 https://t.co/Vq2NkT7wXe",
                  "urls" : [ ],
                  "mediaUrls" : [
                    "https://t.co/Vq2NkT7wXe"
                  ]
                },
                "advertiserInfo" : {
                  "advertiserName" : "Bitgeul Class (example)",
                  "screenName" : "@bitgeul_class_ex"
                },
                "matchedTargetingCriteria" : [
                  {
                    "targetingType" : "Interests",
                    "targetingValue" : "Calligraphy"
                  },
                  {
                    "targetingType" : "Age",
                    "targetingValue" : "25 to 49"
                  },
                  {
                    "targetingType" : "Locations",
                    "targetingValue" : "South Korea"
                  },
                  {
                    "targetingType" : "Platforms",
                    "targetingValue" : "Android"
                  }
                ],
                "impressionTime" : "2026-01-22 11:14:36"
              },
              "engagementAttributes" : [
                {
                  "engagementTime" : "2026-01-22 11:14:51",
                  "engagementType" : "VideoContentPlayback25"
                },
                {
                  "engagementTime" : "2026-01-22 11:14:44",
                  "engagementType" : "VideoContentMrcView"
                },
                {
                  "engagementTime" : "2026-01-22 11:14:38",
                  "engagementType" : "VideoContentPlaybackStart"
                },
                {
                  "engagementTime" : "2026-01-22 11:14:39",
                  "engagementType" : "ChargeableImpression"
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
                  "deviceId" : "c8Vx2LqP0tNz7Rw4YbK1mHs9JdF3gAe6UiO5kTyQr2E="
                },
                "displayLocation" : "ProfileTweets",
                "promotedTweetInfo" : {
                  "tweetId" : "2019606975085101759",
                  "tweetText" : "Jeonju Paper Festival 2026 — maker stalls are open for applications until 15 March. https://t.co/Fe8pYx2LrA",
                  "urls" : [
                    "https://t.co/Fe8pYx2LrA"
                  ],
                  "mediaUrls" : [ ]
                },
                "advertiserInfo" : {
                  "advertiserName" : "Jeonju Paper Festival (example)",
                  "screenName" : "@jeonjupaperfest_ex"
                },
                "matchedTargetingCriteria" : [
                  {
                    "targetingType" : "Follower look-alikes",
                    "targetingValue" : "@paperlab_kr_ex"
                  },
                  {
                    "targetingType" : "Conversation topics",
                    "targetingValue" : "Arts & crafts"
                  },
                  {
                    "targetingType" : "Locations",
                    "targetingValue" : "Jeonju-si"
                  }
                ],
                "impressionTime" : "2026-02-08 23:52:10"
              },
              "engagementAttributes" : [
                {
                  "engagementTime" : "2026-02-08 23:52:19",
                  "engagementType" : "Detail"
                },
                {
                  "engagementTime" : "2026-02-08 23:52:21",
                  "engagementType" : "CardUrlClick"
                },
                {
                  "engagementTime" : "2026-02-08 23:54:02",
                  "engagementType" : "CloseWebview"
                },
                {
                  "engagementTime" : "2026-02-08 23:54:02",
                  "engagementType" : "DwellLong"
                }
              ]
            }
          ]
        }
      }
    }
  }
]