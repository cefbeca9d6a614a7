window.YTD.ad_engagements.part0 = [
  {
    "ad" : {
      "adsUserData" : {
        "adEngagements" : {
          "engagements" : [
            {
              "impressionAttributes" : {
                "deviceInfo" : {
                  "osType" : "Android"
                },
                "displayLocation" : "TimelineHome",
                "promotedTweetInfo" : {
                  "tweetId" : "1896622040117391406",
                  "tweetText" : "Peinture marine anti-UV, livraison à Dakar en 48h. Commandez sur WhatsApp.",
                  "urls" : [ ],
                  "mediaUrls" : [
                    "https://t.co/Rk4mZq8TcL"
                  ]
                },
                "advertiserInfo" : {
                  "advertiserName" : "Peintures Cap-Vert (example)",
                  "screenName" : "@peint_capvert_ex"
                },
                "matchedTargetingCriteria" : [
                  {
                    "targetingType" : "Conversation topics",
                    "targetingValue" : "Arts & crafts"
                  },
                  {
                    "targetingType" : "Locations",
                    "targetingValue" : "Dakar, Senegal"
                  },
                  {
                    "targetingType" : "Age",
                    "targetingValue" : "25 to 54"
                  }
                ],
                "impressionTime" : "2025-03-04 09:41:27"
              },
              "engagementAttributes" : [
                {
                  "engagementTime" : "2025-03-04 09:41:28",
                  "engagementType" : "ChargeableImpression"
                },
                {
                  "engagementTime" : "2025-03-04 09:41:35",
                  "engagementType" : "Detail"
                }
              ]
            },
            {
              "impressionAttributes" : {
                "deviceInfo" : {
                  "osType" : "Android"
                },
                "displayLocation" : "SearchTweets",
                "promotedTweetInfo" : {
                  "tweetId" : "1881740229508104217",
                  "tweetText" : "Ferry Dakar–Ziguinchor: book your seat online, pay with Wave or Orange Money.",
                  "urls" : [
                    "https://t.co/Wx2PnF7dHs"
                  ],
                  "mediaUrls" : [ ]
                },
                "advertiserInfo" : {
                  "advertiserName" : "Liaison Maritime Sud (example)",
                  "screenName" : "@lms_ferry_ex"
                },
                "matchedTargetingCriteria" : [
                  {
                    "targetingType" : "Follower look-alikes",
                    "targetingValue" : "@xaleyi_yoff_ex"
                  },
                  {
                    "targetingType" : "Platforms",
                    "targetingValue" : "Android"
                  }
                ],
                "impressionTime" : "2025-01-21 16:08:02"
              },
              "engagementAttributes" : [
                {
                  "engagementTime" : "2025-01-21 16:08:02",
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