window.YTD.ad_impressions.part0 = [
  {
    "ad" : {
      "adsUserData" : {
        "adImpressions" : {
          "impressions" : [
            {
              "deviceInfo" : {
                "osType" : "Ios",
                "deviceId" : "Zr4mQ1xWb8sT2kLp0vYcN7eHdJ5uGaF3iOq6RtEwX9s=",
                "deviceType" : "iPhone 14"
              },
              "displayLocation" : "ProfileTweets",
              "promotedTweetInfo" : {
                "tweetId" : "1893517240664812033",
                "tweetText" : "Spring migration is here. Our 8x42 field binoculars are 15% off through April — free strap with every pair. https://t.co/Ex4mPl3aB1",
                "urls" : [
                  "https://t.co/Ex4mPl3aB1"
                ],
                "mediaUrls" : [ ]
              },
              "advertiserInfo" : {
                "advertiserName" : "Desert Optics Example Co",
                "screenName" : "@DesertOpticsEx"
              },
              "matchedTargetingCriteria" : [
                {
                  "targetingType" : "Follower look-alikes",
                  "targetingValue" : "@AudubonSWExample"
                },
                {
                  "targetingType" : "Keywords",
                  "targetingValue" : "hummingbird feeder"
                },
                {
                  "targetingType" : "Gender",
                  "targetingValue" : "Female"
                },
                {
                  "targetingType" : "Age",
                  "targetingValue" : "35 to 54"
                },
                {
                  "targetingType" : "Locations",
                  "targetingValue" : "Arizona"
                }
              ],
              "impressionTime" : "2025-03-29 15:42:08"
            },
            {
              "deviceInfo" : {
                "osType" : "Other"
              },
              "displayLocation" : "ClusterFollow",
              "advertiserInfo" : {
                "advertiserName" : "KilnWorks Supply Example",
                "screenName" : "@KilnWorksSupplyEx"
              },
              "matchedTargetingCriteria" : [
                {
                  "targetingType" : "Interests",
                  "targetingValue" : "Arts & crafts"
                },
                {
                  "targetingType" : "Locations",
                  "targetingValue" : "United States"
                },
                {
                  "targetingType" : "Platforms"
                }
              ],
              "impressionTime" : "2025-04-02 21:07:51"
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
                "deviceId" : "Zr4mQ1xWb8sT2kLp0vYcN7eHdJ5uGaF3iOq6RtEwX9s=",
                "deviceType" : "iPhone 14"
              },
              "displayLocation" : "TimelineHome",
              "promotedTweetInfo" : {
                "tweetId" : "1908204477131624450",
                "tweetText" : "Pinch pots to porcelain: weekend wheel-throwing classes now booking in Tucson. https://t.co/Ex4mPl3cD2 https://t.co/Ex4mPl3eF3",
                "urls" : [
                  "https://t.co/Ex4mPl3cD2"
                ],
                "mediaUrls" : [
                  "https://t.co/Ex4mPl3eF3"
                ]
              },
              "advertiserInfo" : {
                "advertiserName" : "Barrio Clay Studio Example",
                "screenName" : "@BarrioClayEx"
              },
              "matchedTargetingCriteria" : [
                {
                  "targetingType" : "Conversation topics",
                  "targetingValue" : "Ceramics"
                },
                {
                  "targetingType" : "Locations",
                  "targetingValue" : "Tucson, AZ, USA"
                },
                {
                  "targetingType" : "Languages",
                  "targetingValue" : "English"
                }
              ],
              "impressionTime" : "2025-04-11 08:19:33"
            }
          ]
        }
      }
    }
  }
]