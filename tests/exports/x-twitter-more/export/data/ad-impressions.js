window.YTD.ad_impressions.part0 = [
  {
    "ad" : {
      "adsUserData" : {
        "adImpressions" : {
          "impressions" : [
            {
              "deviceInfo" : {
                "osType" : "Ios",
                "deviceId" : "q8Zk1vT3mYx0pLr7Ws2dNe4HcUa9BfGj6iKoQ5tEyR0=",
                "deviceType" : "iPhone 12"
              },
              "displayLocation" : "TimelineHome",
              "promotedTweetInfo" : {
                "tweetId" : "1640211000000000101",
                "tweetText" : "Trail season is here. Lightweight packs for every route — 20% off this week only.",
                "urls" : [
                  "https://t.co/ExAdTrail01"
                ],
                "mediaUrls" : [
                  "https://t.co/ExAdMedia01"
                ]
              },
              "advertiserInfo" : {
                "advertiserName" : "Example Outdoor Co",
                "screenName" : "@ExampleOutdoor"
              },
              "matchedTargetingCriteria" : [
                {
                  "targetingType" : "Follower look-alikes",
                  "targetingValue" : "@ExampleHikingMag"
                },
                {
                  "targetingType" : "Platforms",
                  "targetingValue" : "iOS"
                },
                {
                  "targetingType" : "Age",
                  "targetingValue" : "25 to 54"
                },
                {
                  "targetingType" : "Languages",
                  "targetingValue" : "Spanish"
                },
                {
                  "targetingType" : "Locations",
                  "targetingValue" : "Spain"
                }
              ],
              "impressionTime" : "2023-03-30 07:14:52"
            },
            {
              "deviceInfo" : {
                "osType" : "Desktop"
              },
              "displayLocation" : "WtfSidebar",
              "advertiserInfo" : {
                "advertiserName" : "Invented Language School",
                "screenName" : "@InventedLingo"
              },
              "matchedTargetingCriteria" : [
                {
                  "targetingType" : "Keywords",
                  "targetingValue" : "learn german"
                },
                {
                  "targetingType" : "Interests",
                  "targetingValue" : "Language learning"
                },
                {
                  "targetingType" : "Locations",
                  "targetingValue" : "Valencia"
                }
              ],
              "impressionTime" : "2023-04-02 21:40:03"
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
                "osType" : "Ios",
                "deviceId" : "q8Zk1vT3mYx0pLr7Ws2dNe4HcUa9BfGj6iKoQ5tEyR0=",
                "deviceType" : "iPhone 12"
              },
              "displayLocation" : "SearchTweets",
              "promotedTweetInfo" : {
                "tweetId" : "1641900000000000207",
                "tweetText" : "Your city, by bike. Unlock your first ride free with code SPRING.",
                "urls" : [ ],
                "mediaUrls" : [ ]
              },
              "promotedTrendInfo" : {
                "trendId" : "90417",
                "name" : "#ExampleBikeShare",
                "description" : "Ride free this weekend"
              },
              "advertiserInfo" : {
                "advertiserName" : "Example Bike Share",
                "screenName" : "@ExampleBikeShare"
              },
              "matchedTargetingCriteria" : [
                {
                  "targetingType" : "List",
                  "targetingValue" : "Lapsed_Riders_Q1_Example=Y"
                },
                {
                  "targetingType" : "Gender",
                  "targetingValue" : "Women"
                },
                {
                  "targetingType" : "Locations",
                  "targetingValue" : "Valencia"
                }
              ],
              "impressionTime" : "2023-04-05 08:02:11"
            }
          ]
        }
      }
    }
  }
]