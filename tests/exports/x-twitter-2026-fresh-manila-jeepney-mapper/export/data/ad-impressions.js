window.YTD.ad_impressions.part0 = [
  {
    "ad" : {
      "adsUserData" : {
        "adImpressions" : {
          "impressions" : [
            {
              "impressionTime" : "2025-11-27 11:42:09",
              "deviceInfo" : {
                "osType" : "Android",
                "deviceId" : "q8Vt3LmR2zXh0bNcY4wKpF7aJd9sE1uGiO6yTnBvMQc=",
                "deviceType" : "SM-A256E"
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
                "deviceId" : "q8Vt3LmR2zXh0bNcY4wKpF7aJd9sE1uGiO6yTnBvMQc=",
                "deviceType" : "SM-A256E"
              },
              "displayLocation" : "TimelineHome",
              "promotedTweetInfo" : {
                "tweetId" : "1987701743416360209",
                "tweetText" : "Libreng sakay tuwing Linggo ng umaga! I-download ang app at i-book ang unang biyahe mo 🚐",
                "urls" : [ ],
                "mediaUrls" : [
                  "https://t.co/4ZNOk9KAyA"
                ]
              },
              "advertiserInfo" : {
                "advertiserName" : "Biyahe Express PH (example)",
                "screenName" : "@biyahe_ex"
              },
              "matchedTargetingCriteria" : [
                {
                  "targetingType" : "Age",
                  "targetingValue" : "25 to 54"
                },
                {
                  "targetingType" : "Locations",
                  "targetingValue" : "Metro Manila"
                },
                {
                  "targetingType" : "Platforms",
                  "targetingValue" : "Android"
                },
                {
                  "targetingType" : "Conversation topics",
                  "targetingValue" : "Public transit"
                }
              ],
              "impressionTime" : "2025-11-25 23:02:44"
            },
            {
              "deviceInfo" : {
                "osType" : "Android",
                "deviceId" : "q8Vt3LmR2zXh0bNcY4wKpF7aJd9sE1uGiO6yTnBvMQc=",
                "deviceType" : "SM-A256E"
              },
              "displayLocation" : "TweetConversation",
              "promotedTweetInfo" : {
                "tweetId" : "1988471817631049022",
                "tweetText" : "Mas mabilis na load, mas mura na data. Lipat na sa Prepaid Plus (example) ngayong buwan. https://t.co/rpAU6fynir",
                "urls" : [
                  "https://t.co/rpAU6fynir"
                ],
                "mediaUrls" : [ ]
              },
              "advertiserInfo" : {
                "advertiserName" : "Telco Prepaid Plus (example)",
                "screenName" : "@prepaidplus_ex"
              },
              "matchedTargetingCriteria" : [
                {
                  "targetingType" : "Follower look-alikes",
                  "targetingValue" : "@lakadsakay_ex"
                },
                {
                  "targetingType" : "Languages",
                  "targetingValue" : "Tagalog"
                },
                {
                  "targetingType" : "Age",
                  "targetingValue" : "18 and up"
                },
                {
                  "targetingType" : "Locations",
                  "targetingValue" : "Philippines"
                }
              ],
              "impressionTime" : "2025-11-24 22:43:15"
            }
          ]
        }
      }
    }
  }
]