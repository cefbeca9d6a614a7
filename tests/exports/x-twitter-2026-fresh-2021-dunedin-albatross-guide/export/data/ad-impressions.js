window.YTD.ad_impressions.part0 = [
  {
    "ad" : {
      "adsUserData" : {
        "adImpressions" : {
          "impressions" : [
            {
              "deviceInfo" : {
                "osType" : "Android",
                "deviceId" : "kR7vQ2m9XcT4LpW1sN8yZb3HdF6jUo5aGe0tCq2iVwM=",
                "deviceType" : "Pixel 4a"
              },
              "displayLocation" : "TimelineHome",
              "promotedTweetInfo" : {
                "tweetId" : "1452756855813083136",
                "tweetText" : "Windproof, waterproof, headland-proof. Our new Peninsula shell is in store now. https://t.co/Qw3ErT5yUi",
                "urls" : [
                  "https://t.co/Qw3ErT5yUi"
                ],
                "mediaUrls" : [ ]
              },
              "advertiserInfo" : {
                "advertiserName" : "Taiaroa Outdoor Gear",
                "screenName" : "@taiaroa_gear_ex"
              },
              "matchedTargetingCriteria" : [
                {
                  "targetingType" : "Follower look-alikes",
                  "targetingValue" : "@pukekura_cam"
                },
                {
                  "targetingType" : "Conversation topics",
                  "targetingValue" : "Birdwatching"
                },
                {
                  "targetingType" : "Keywords",
                  "targetingValue" : "albatross"
                },
                {
                  "targetingType" : "Locations",
                  "targetingValue" : "New Zealand"
                },
                {
                  "targetingType" : "Age",
                  "targetingValue" : "25 to 54"
                },
                {
                  "targetingType" : "Platforms",
                  "targetingValue" : "Android"
                }
              ],
              "impressionTime" : "2021-10-30 08:12:44"
            },
            {
              "deviceInfo" : {
                "osType" : "Android",
                "deviceId" : "kR7vQ2m9XcT4LpW1sN8yZb3HdF6jUo5aGe0tCq2iVwM=",
                "deviceType" : "Pixel 4a"
              },
              "displayLocation" : "WtfSidebar",
              "advertiserInfo" : {
                "advertiserName" : "Southern Rail Scenic Tours",
                "screenName" : "@southern_rail_ex"
              },
              "matchedTargetingCriteria" : [
                {
                  "targetingType" : "Languages",
                  "targetingValue" : "English"
                },
                {
                  "targetingType" : "Gender",
                  "targetingValue" : "Women"
                },
                {
                  "targetingType" : "Conversation topics"
                }
              ],
              "impressionTime" : "2021-10-30 08:13:02"
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
                "deviceId" : "kR7vQ2m9XcT4LpW1sN8yZb3HdF6jUo5aGe0tCq2iVwM=",
                "deviceType" : "Pixel 4a"
              },
              "displayLocation" : "TimelineHome",
              "promotedTweetInfo" : {
                "tweetId" : "1450665575838683136",
                "tweetText" : "Wild coasts, wild creatures. Stream the new series from Friday. https://t.co/Lp0OkI9UjY",
                "urls" : [ ],
                "mediaUrls" : [
                  "https://t.co/Lp0OkI9UjY"
                ]
              },
              "advertiserInfo" : {
                "advertiserName" : "Kahu Streaming",
                "screenName" : "@kahustream_ex"
              },
              "matchedTargetingCriteria" : [
                {
                  "targetingType" : "Movies and TV shows",
                  "targetingValue" : "Planet Earth II"
                },
                {
                  "targetingType" : "List",
                  "targetingValue" : "Newsletter subscribers NZ Oct 2021"
                },
                {
                  "targetingType" : "Website Activity",
                  "targetingValue" : "Whole Site Retargeting"
                },
                {
                  "targetingType" : "Interests",
                  "targetingValue" : "Nature"
                },
                {
                  "targetingType" : "Locations",
                  "targetingValue" : "Otago, NZ"
                }
              ],
              "impressionTime" : "2021-11-04 19:47:21"
            }
          ]
        }
      }
    }
  }
]