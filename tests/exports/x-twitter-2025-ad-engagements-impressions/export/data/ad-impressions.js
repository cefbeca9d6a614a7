window.YTD.ad_impressions.part0 = [
  {
    "ad" : {
      "adsUserData" : {
        "adImpressions" : {
          "impressions" : [
            {
              "impressionTime" : "2025-09-21 07:42:18",
              "deviceInfo" : {
                "osType" : "Android",
                "deviceId" : "q7Rk2vXbT0mLw9ZpHs4cNe1uYfGd8aJiOx3VtB6rKEs=",
                "deviceType" : "SM-A546E"
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
                "deviceId" : "q7Rk2vXbT0mLw9ZpHs4cNe1uYfGd8aJiOx3VtB6rKEs=",
                "deviceType" : "SM-A546E"
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
                  "targetingType" : "App Activity Combination",
                  "targetingValue" : "Bill payers"
                },
                {
                  "targetingType" : "List",
                  "targetingValue" : "Audience 3"
                },
                {
                  "targetingType" : "Age",
                  "targetingValue" : "18 to 54"
                },
                {
                  "targetingType" : "Locations",
                  "targetingValue" : "Maharashtra"
                }
              ],
              "impressionTime" : "2025-11-02 18:05:44"
            },
            {
              "deviceInfo" : {
                "osType" : "Android",
                "deviceId" : "q7Rk2vXbT0mLw9ZpHs4cNe1uYfGd8aJiOx3VtB6rKEs=",
                "deviceType" : "SM-A546E"
              },
              "displayLocation" : "SearchTweets",
              "promotedTweetInfo" : {
                "tweetId" : "1987100000000000233",
                "tweetText" : "New phone? Get 3 months of cloud backup free. https://t.co/Ex4mPl3bKp",
                "urls" : [
                  "https://t.co/Ex4mPl3bKp"
                ],
                "mediaUrls" : [ ]
              },
              "advertiserInfo" : {
                "advertiserName" : "Meghdoot Cloud",
                "screenName" : "@meghdootcloud"
              },
              "matchedTargetingCriteria" : [
                {
                  "targetingType" : "New device targeting",
                  "targetingValue" : "3 months"
                },
                {
                  "targetingType" : "Platforms",
                  "targetingValue" : "Android"
                },
                {
                  "targetingType" : "Languages",
                  "targetingValue" : "English"
                }
              ],
              "impressionTime" : "2025-11-04 09:12:07"
            }
          ]
        }
      }
    }
  }
]
