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
                  "deviceId" : "q7Rk2vXbT0mLw9ZpHs4cNe1uYfGd8aJiOx3VtB6rKEs="
                },
                "displayLocation" : "Spotlight",
                "promotedTrendInfo" : {
                  "trendId" : "83412",
                  "name" : "#MonsoonSaleEx",
                  "description" : "Up to 40% off umbrellas and rain gear"
                },
                "advertiserInfo" : {
                  "advertiserName" : "Barish Bazaar",
                  "screenName" : "@barishbazaar_ex"
                },
                "impressionTime" : "2025-11-08 06:30:11"
              },
              "engagementAttributes" : [
                {
                  "engagementTime" : "2025-11-08 06:30:11",
                  "engagementType" : "SpotlightView"
                },
                {
                  "engagementTime" : "2025-11-08 06:30:12",
                  "engagementType" : "VideoContentPlaybackStart"
                },
                {
                  "engagementTime" : "2025-11-08 06:30:31",
                  "engagementType" : "VideoContentShortFormComplete"
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
                  "deviceId" : "q7Rk2vXbT0mLw9ZpHs4cNe1uYfGd8aJiOx3VtB6rKEs="
                },
                "displayLocation" : "TimelineHome",
                "promotedTweetInfo" : {
                  "tweetId" : "1991800000000000417",
                  "tweetText" : "Match day! Follow every over live with our scorecard — tap to watch the highlights 🏏",
                  "urls" : [ ],
                  "mediaUrls" : [
                    "https://t.co/Ex4mPl3vId"
                  ]
                },
                "publisherInfo" : {
                  "publisherName" : "Deccan Cricket Weekly",
                  "screenName" : "@deccancricketwk"
                },
                "advertiserInfo" : {
                  "advertiserName" : "Kirana Pay",
                  "screenName" : "@kiranapay_ex"
                },
                "matchedTargetingCriteria" : [
                  {
                    "targetingType" : "App Activity",
                    "targetingValue" : "Install Kirana Pay: UPI & Bills ANDROID All"
                  },
                  {
                    "targetingType" : "Age",
                    "targetingValue" : "18 to 54"
                  }
                ],
                "impressionTime" : "2025-11-02 18:05:44"
              },
              "engagementAttributes" : [
                {
                  "engagementTime" : "2025-11-02 18:05:44",
                  "engagementType" : "ChargeableImpression"
                },
                {
                  "engagementTime" : "2025-11-02 18:06:02",
                  "engagementType" : "ScreenName"
                },
                {
                  "engagementTime" : "2025-11-02 18:06:02",
                  "engagementType" : "Detail"
                }
              ]
            },
            {
              "impressionAttributes" : {
                "deviceInfo" : {
                  "osType" : "Android",
                  "deviceId" : "q7Rk2vXbT0mLw9ZpHs4cNe1uYfGd8aJiOx3VtB6rKEs="
                },
                "displayLocation" : "TimelineHome",
                "promotedTweetInfo" : {
                  "tweetId" : "1988400000000000129",
                  "tweetText" : "Plan your weekend trek to Rajmachi — camping kits from ₹499",
                  "urls" : [ ],
                  "mediaUrls" : [
                    "https://t.co/Ex4mPl3tRk"
                  ]
                },
                "advertiserInfo" : {
                  "advertiserName" : "Sahyadri Trails",
                  "screenName" : "@sahyadritrails_ex"
                },
                "matchedTargetingCriteria" : [
                  {
                    "targetingType" : "Conversation topics",
                    "targetingValue" : "Hiking"
                  },
                  {
                    "targetingType" : "Locations",
                    "targetingValue" : "Pune"
                  }
                ],
                "impressionTime" : "2025-11-05 07:18:40"
              },
              "engagementAttributes" : [
                {
                  "engagementTime" : "2025-11-05 07:18:40",
                  "engagementType" : "ChargeableImpression"
                },
                {
                  "engagementTime" : "2025-11-05 07:19:05",
                  "engagementType" : "CardUrlClick"
                },
                {
                  "engagementTime" : "2025-11-05 07:19:49",
                  "engagementType" : "DwellMedium"
                },
                {
                  "engagementTime" : "2025-11-05 07:19:49",
                  "engagementType" : "CloseWebview"
                }
              ]
            }
          ]
        }
      }
    }
  }
]
