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
                  "deviceId" : "Tq8vL2mWc0XrN5kYb7HsJ3pZf1aDgE9uOi4xKlR6yQw="
                },
                "displayLocation" : "TimelineHome",
                "promotedTweetInfo" : {
                  "tweetId" : "1590630339179446273",
                  "tweetText" : "Kilns built for studio glass. Free delivery across Malta and Gozo this month.",
                  "urls" : [
                    "https://t.co/Xk2Lp9RtQa"
                  ],
                  "mediaUrls" : [ ]
                },
                "advertiserInfo" : {
                  "advertiserName" : "Furnari Mediterranji (example)",
                  "screenName" : "@furnari_example"
                },
                "matchedTargetingCriteria" : [
                  {
                    "targetingType" : "Interests",
                    "targetingValue" : "Arts and crafts"
                  },
                  {
                    "targetingType" : "Locations",
                    "targetingValue" : "Malta"
                  },
                  {
                    "targetingType" : "Age",
                    "targetingValue" : "25 to 54"
                  }
                ],
                "impressionTime" : "2022-11-24 07:52:18"
              },
              "engagementAttributes" : [
                {
                  "engagementTime" : "2022-11-24 07:52:31",
                  "engagementType" : "Detail"
                },
                {
                  "engagementTime" : "2022-11-24 07:52:19",
                  "engagementType" : "ChargeableImpression"
                }
              ]
            },
            {
              "impressionAttributes" : {
                "deviceInfo" : {
                  "osType" : "Android",
                  "deviceId" : "Tq8vL2mWc0XrN5kYb7HsJ3pZf1aDgE9uOi4xKlR6yQw="
                },
                "displayLocation" : "Spotlight",
                "promotedTrendInfo" : {
                  "trendId" : "71408",
                  "name" : "#NotteBiancaExample",
                  "description" : "Valletta, Saturday 1 October"
                },
                "advertiserInfo" : {
                  "advertiserName" : "Festivals Malta Example",
                  "screenName" : "@festmalta_example"
                },
                "impressionTime" : "2022-09-29 18:04:40"
              },
              "engagementAttributes" : [
                {
                  "engagementTime" : "2022-09-29 18:04:40",
                  "engagementType" : "SpotlightView"
                },
                {
                  "engagementTime" : "2022-09-29 18:05:02",
                  "engagementType" : "SpotlightClick"
                }
              ]
            },
            {
              "impressionAttributes" : {
                "deviceInfo" : {
                  "osType" : "Android",
                  "deviceId" : "Tq8vL2mWc0XrN5kYb7HsJ3pZf1aDgE9uOi4xKlR6yQw="
                },
                "displayLocation" : "ClusterFollow",
                "advertiserInfo" : {
                  "advertiserName" : "Crafts Council Example",
                  "screenName" : "@craftscouncil_ex"
                },
                "matchedTargetingCriteria" : [
                  {
                    "targetingType" : "Follower look-alikes",
                    "targetingValue" : "@CorningGlass_ex"
                  },
                  {
                    "targetingType" : "Languages",
                    "targetingValue" : "English"
                  }
                ],
                "impressionTime" : "2022-08-15 21:30:06"
              },
              "engagementAttributes" : [
                {
                  "engagementTime" : "2022-08-15 21:30:41",
                  "engagementType" : "Follow"
                }
              ]
            }
          ]
        }
      }
    }
  }
]