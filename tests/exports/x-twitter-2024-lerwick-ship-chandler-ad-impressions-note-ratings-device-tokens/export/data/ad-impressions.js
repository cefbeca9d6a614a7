window.YTD.ad_impressions.part0 = [
  {
    "ad" : {
      "adsUserData" : {
        "adImpressions" : {
          "impressions" : [
            {
              "deviceInfo" : {
                "osType" : "Ios"
              },
              "displayLocation" : "TimelineHome",
              "promotedTweetInfo" : {
                "tweetId" : "1772610938475620352",
                "tweetText" : "Marine-grade rope, 20% off this week only. Free delivery to the Northern Isles.",
                "urls" : [ ],
                "mediaUrls" : [
                  "https://t.co/Qx7LmR2vTa"
                ]
              },
              "advertiserInfo" : {
                "advertiserName" : "Example Ropeworks",
                "screenName" : "@ExampleRopeworks"
              },
              "matchedTargetingCriteria" : [
                {
                  "targetingType" : "Keywords",
                  "targetingValue" : "chandlery"
                },
                {
                  "targetingType" : "Locations",
                  "targetingValue" : "United Kingdom"
                },
                {
                  "targetingType" : "Age",
                  "targetingValue" : "35 to 54"
                }
              ],
              "impressionTime" : "2024-03-26 07:41:12"
            },
            {
              "deviceInfo" : {
                "osType" : "Desktop"
              },
              "displayLocation" : "SearchTweets",
              "advertiserInfo" : {
                "advertiserName" : "Example Ferries",
                "screenName" : "@ExampleFerriesNI"
              },
              "matchedTargetingCriteria" : [
                {
                  "targetingType" : "Follower look-alikes",
                  "targetingValue" : "@ExampleHarbourTrust"
                }
              ],
              "impressionTime" : "2024-03-28 19:05:47"
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
                "osType" : "Ios"
              },
              "displayLocation" : "TweetConversation",
              "promotedTweetInfo" : {
                "tweetId" : "1775093321840918528",
                "tweetText" : "Weather routing for small commercial fleets. Try it free for 30 days.",
                "urls" : [
                  "https://example.com/routing"
                ],
                "mediaUrls" : [ ]
              },
              "advertiserInfo" : {
                "advertiserName" : "Example Marine Weather",
                "screenName" : "@ExampleMarineWx"
              },
              "matchedTargetingCriteria" : [
                {
                  "targetingType" : "Interests",
                  "targetingValue" : "Boating and sailing"
                },
                {
                  "targetingType" : "Platforms",
                  "targetingValue" : "iOS"
                }
              ],
              "impressionTime" : "2024-04-02 12:18:30"
            }
          ]
        }
      }
    }
  }
]
