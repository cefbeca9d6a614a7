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
                  "deviceId" : "Qm9uZ29LaXN1bXVUaWxhcGlhQW5kcm9pZDAxMjM0NTY="
                },
                "displayLocation" : "TimelineHome",
                "promotedTweetInfo" : {
                  "tweetId" : "2013537779447496704",
                  "tweetText" : "Cage farmers on Lake Victoria: our new floating pellet keeps its shape for 6 hours in the water. Ask your local agrovet for Ziwa Grower 32% this season https://t.co/Zw4pLkQe9a",
                  "urls" : [ ],
                  "mediaUrls" : [
                    "https://t.co/Zw4pLkQe9a"
                  ]
                },
                "advertiserInfo" : {
                  "advertiserName" : "Ziwa Feeds (example)",
                  "screenName" : "@ZiwaFeedsEx"
                },
                "matchedTargetingCriteria" : [
                  {
                    "targetingType" : "Age",
                    "targetingValue" : "25 to 54"
                  },
                  {
                    "targetingType" : "Locations",
                    "targetingValue" : "Kisumu"
                  },
                  {
                    "targetingType" : "Interests",
                    "targetingValue" : "Agriculture"
                  },
                  {
                    "targetingType" : "Platforms",
                    "targetingValue" : "Android"
                  }
                ],
                "impressionTime" : "2026-01-20 09:14:52"
              },
              "engagementAttributes" : [
                {
                  "engagementTime" : "2026-01-20 09:15:09",
                  "engagementType" : "VideoSession"
                },
                {
                  "engagementTime" : "2026-01-20 09:14:55",
                  "engagementType" : "VideoContentPlaybackStart"
                },
                {
                  "engagementTime" : "2026-01-20 09:14:56",
                  "engagementType" : "VideoContent1secView"
                },
                {
                  "engagementTime" : "2026-01-20 09:14:55",
                  "engagementType" : "ChargeableImpression"
                }
              ]
            },
            {
              "impressionAttributes" : {
                "deviceInfo" : {
                  "osType" : "Android",
                  "deviceId" : "Qm9uZ29LaXN1bXVUaWxhcGlhQW5kcm9pZDAxMjM0NTY="
                },
                "displayLocation" : "Spotlight",
                "promotedTrendInfo" : {
                  "trendId" : "118604",
                  "name" : "SafariSolarHome",
                  "description" : "Pay-as-you-go solar kits for homes and small shops, from KES 50 a day"
                },
                "advertiserInfo" : {
                  "advertiserName" : "Jua Nyumbani Solar (example)",
                  "screenName" : "@JuaNyumbaniEx"
                },
                "impressionTime" : "2026-01-24 06:02:10"
              },
              "engagementAttributes" : [
                {
                  "engagementTime" : "2026-01-24 06:02:41",
                  "engagementType" : "SpotlightView"
                }
              ]
            }
          ]
        }
      }
    }
  },
  {
    "ad" : {
      "adsUserData" : {
        "adEngagements" : {
          "engagements" : [
            {
              "impressionAttributes" : {
                "deviceInfo" : {
                  "osType" : "Android",
                  "deviceId" : "Qm9uZ29LaXN1bXVUaWxhcGlhQW5kcm9pZDAxMjM0NTY="
                },
                "displayLocation" : "TweetConversation",
                "promotedTweetInfo" : {
                  "tweetId" : "2018364810985390080",
                  "tweetText" : "RT @SokoSamakiEx: Fish prices at Dunga beach this week, and what buyers in Nairobi are paying. Thread 👇",
                  "urls" : [ ],
                  "mediaUrls" : [ ]
                },
                "publisherInfo" : {
                  "publisherName" : "Soko Samaki (example)",
                  "screenName" : "@SokoSamakiEx"
                },
                "advertiserInfo" : {
                  "advertiserName" : "M-Kulima Soko (example)",
                  "screenName" : "@MKulimaSokoEx"
                },
                "matchedTargetingCriteria" : [
                  {
                    "targetingType" : "App Activity",
                    "targetingValue" : "Install M-Kulima Soko - Farm Market ANDROID All"
                  },
                  {
                    "targetingType" : "Follower look-alikes",
                    "targetingValue" : "@LakeBasinFarmersEx"
                  },
                  {
                    "targetingType" : "New device targeting",
                    "targetingValue" : "6 months"
                  },
                  {
                    "targetingType" : "Languages",
                    "targetingValue" : "English"
                  }
                ],
                "impressionTime" : "2026-02-02 16:51:37"
              },
              "engagementAttributes" : [
                {
                  "engagementTime" : "2026-02-02 16:51:40",
                  "engagementType" : "ChargeableImpression"
                },
                {
                  "engagementTime" : "2026-02-02 16:52:03",
                  "engagementType" : "Detail"
                },
                {
                  "engagementTime" : "2026-02-02 16:52:11",
                  "engagementType" : "CardUrlClick"
                },
                {
                  "engagementTime" : "2026-02-02 16:52:11",
                  "engagementType" : "DwellShort"
                }
              ]
            },
            {
              "impressionAttributes" : {
                "deviceInfo" : {
                  "osType" : "Android",
                  "deviceId" : "Qm9uZ29LaXN1bXVUaWxhcGlhQW5kcm9pZDAxMjM0NTY="
                },
                "displayLocation" : "ProfileTweets",
                "promotedTweetInfo" : {
                  "tweetId" : "2016481379743129600",
                  "tweetText" : "Dissolved oxygen meters for ponds and cages, with a 2-year warranty. Delivery to Kisumu, Homa Bay and Busia: https://t.co/Ox7mQvRb2c",
                  "urls" : [
                    "https://t.co/Ox7mQvRb2c"
                  ],
                  "mediaUrls" : [ ]
                },
                "advertiserInfo" : {
                  "advertiserName" : "AquaSense East Africa (example)",
                  "screenName" : "@AquaSenseEAEx"
                },
                "matchedTargetingCriteria" : [
                  {
                    "targetingType" : "List",
                    "targetingValue" : "Customer list - aquaculture buyers 2025"
                  },
                  {
                    "targetingType" : "Conversation topics",
                    "targetingValue" : "Fishing"
                  },
                  {
                    "targetingType" : "Locations",
                    "targetingValue" : "Kenya"
                  }
                ],
                "impressionTime" : "2026-02-09 19:27:04"
              },
              "engagementAttributes" : [
                {
                  "engagementTime" : "2026-02-09 19:27:06",
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