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
                  "deviceId" : "kR7vQ2m9XcT4LpW1sN8yZb3HdF6jUo5aGe0tCq2iVwM="
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
                    "targetingType" : "Keywords",
                    "targetingValue" : "albatross"
                  },
                  {
                    "targetingType" : "Locations",
                    "targetingValue" : "New Zealand"
                  }
                ],
                "impressionTime" : "2021-10-30 08:12:44"
              },
              "engagementAttributes" : [
                {
                  "engagementTime" : "2021-10-30 08:12:46",
                  "engagementType" : "ChargeableImpression"
                },
                {
                  "engagementTime" : "2021-10-30 08:12:58",
                  "engagementType" : "Detail"
                }
              ]
            },
            {
              "impressionAttributes" : {
                "deviceInfo" : {
                  "osType" : "Android",
                  "deviceId" : "kR7vQ2m9XcT4LpW1sN8yZb3HdF6jUo5aGe0tCq2iVwM="
                },
                "displayLocation" : "Spotlight",
                "promotedTrendInfo" : {
                  "trendId" : "80954",
                  "name" : "#SpringMigration2021",
                  "description" : "Follow the flyway all month"
                },
                "advertiserInfo" : {
                  "advertiserName" : "Kahu Streaming",
                  "screenName" : "@kahustream_ex"
                },
                "impressionTime" : "2021-11-01 06:30:15"
              },
              "engagementAttributes" : [
                {
                  "engagementTime" : "2021-11-01 06:30:16",
                  "engagementType" : "SpotlightView"
                },
                {
                  "engagementTime" : "2021-11-01 06:30:17",
                  "engagementType" : "VideoContentPlaybackStart"
                },
                {
                  "engagementTime" : "2021-11-01 06:30:18",
                  "engagementType" : "VideoContent1secView"
                }
              ]
            }
          ]
        }
      }
    }
  }
]