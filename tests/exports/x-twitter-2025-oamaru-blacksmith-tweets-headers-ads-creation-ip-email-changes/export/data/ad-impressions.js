window.YTD.ad_impressions.part0 = [
  {
    "ad" : {
      "adsUserData" : {
        "adImpressions" : {
          "impressions" : [
            {
              "deviceInfo" : {
                "osType" : "Desktop"
              },
              "displayLocation" : "TimelineHome",
              "promotedTweetInfo" : {
                "tweetId" : "1884207731559882752",
                "tweetText" : "Coal, coke and propane forge kits delivered anywhere in Otago. https://t.co/Pq2LmX7vNe",
                "urls" : [
                  "https://t.co/Pq2LmX7vNe"
                ],
                "mediaUrls" : [ ]
              },
              "advertiserInfo" : {
                "advertiserName" : "Southern Smithy Supply (example)",
                "screenName" : "@southsmithy_ex"
              },
              "matchedTargetingCriteria" : [
                {
                  "targetingType" : "Conversation topics",
                  "targetingValue" : "Metalworking"
                },
                {
                  "targetingType" : "Locations",
                  "targetingValue" : "Otago, NZ"
                },
                {
                  "targetingType" : "Age",
                  "targetingValue" : "55 and up"
                }
              ],
              "impressionTime" : "2025-01-28 06:52:13"
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
                "deviceId" : "Zk4rP0/qWm8sTn2Vb7Lx9Cd3Hf+Ja6Ye1Ru5Go=",
                "deviceType" : "iPhone"
              },
              "displayLocation" : "SearchTweets",
              "promotedTweetInfo" : {
                "tweetId" : "1890033184126345216",
                "tweetText" : "Heritage rail weekends: steam trips up the coast every Sunday in March.",
                "urls" : [ ],
                "mediaUrls" : [
                  "https://t.co/Wd8NcY3kLs"
                ]
              },
              "advertiserInfo" : {
                "advertiserName" : "Waitaki Steam Trust (example)",
                "screenName" : "@waitakisteam_ex"
              },
              "matchedTargetingCriteria" : [
                {
                  "targetingType" : "Keywords",
                  "targetingValue" : "heritage"
                },
                {
                  "targetingType" : "Platforms",
                  "targetingValue" : "iOS"
                }
              ],
              "impressionTime" : "2025-02-13 19:20:44"
            }
          ]
        }
      }
    }
  }
]
