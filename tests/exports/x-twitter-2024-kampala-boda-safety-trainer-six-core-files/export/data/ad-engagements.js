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
                  "tweetId" : "1818949794004385716",
                  "tweetText" : "Ride with cover. Third-party boda insurance from UGX 45,000 a year, pay by mobile money.",
                  "urls" : [ ],
                  "mediaUrls" : [
                    "https://t.co/Pv3nQk8ZsY"
                  ]
                },
                "advertiserInfo" : {
                  "advertiserName" : "Mpola Insurance (example)",
                  "screenName" : "@mpola_ins_ex"
                },
                "matchedTargetingCriteria" : [
                  {
                    "targetingType" : "Gender",
                    "targetingValue" : "Women"
                  },
                  {
                    "targetingType" : "Age",
                    "targetingValue" : "25 and up"
                  },
                  {
                    "targetingType" : "Locations",
                    "targetingValue" : "Uganda"
                  }
                ],
                "impressionTime" : "2024-08-22 07:15:40"
              },
              "engagementAttributes" : [
                {
                  "engagementTime" : "2024-08-22 07:15:41",
                  "engagementType" : "ChargeableImpression"
                }
              ]
            },
            {
              "impressionAttributes" : {
                "deviceInfo" : {
                  "osType" : "Desktop"
                },
                "displayLocation" : "ProfileTweets",
                "promotedTweetInfo" : {
                  "tweetId" : "1809165321634279267",
                  "tweetText" : "Spare parts delivered to your stage in 2 hours. Order on WhatsApp.",
                  "urls" : [ ],
                  "mediaUrls" : [ ]
                },
                "advertiserInfo" : {
                  "advertiserName" : "Gear Up Spares (example)",
                  "screenName" : "@gearup_spares_ex"
                },
                "matchedTargetingCriteria" : [
                  {
                    "targetingType" : "Keywords",
                    "targetingValue" : "boda boda"
                  },
                  {
                    "targetingType" : "Languages",
                    "targetingValue" : "English"
                  },
                  {
                    "targetingType" : "Platforms",
                    "targetingValue" : "Desktop"
                  }
                ],
                "impressionTime" : "2024-07-18 13:02:09"
              },
              "engagementAttributes" : [
                {
                  "engagementTime" : "2024-07-18 13:02:10",
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