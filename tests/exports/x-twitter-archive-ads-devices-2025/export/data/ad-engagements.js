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
                  "deviceId" : "Vt3kP0qLx8sZ1mWb6HcYe4RnJ2uGdA9oF7iKtQ5wEyM=",
                  "deviceType" : "Pixel 8"
                },
                "displayLocation" : "OrganicVideo",
                "advertiserInfo" : {
                  "advertiserName" : "Brasserie du Vercors Exemple",
                  "screenName" : "@BrasserieVercorsEx"
                },
                "publisherInfo" : {
                  "publisherName" : "Alpes Trail Mag Exemple",
                  "screenName" : "@AlpesTrailMagEx"
                },
                "matchedTargetingCriteria" : [
                  {
                    "targetingType" : "Conversation topics",
                    "targetingValue" : "Trail running"
                  },
                  {
                    "targetingType" : "Age",
                    "targetingValue" : "25 to 49"
                  }
                ],
                "rtbCreativeMediaInfo" : {
                  "mediaType" : "LinearPreroll"
                },
                "impressionTime" : "2025-03-08 18:42:05"
              },
              "engagementAttributes" : [
                {
                  "engagementTime" : "2025-03-08 18:42:05",
                  "engagementType" : "VideoAdPlaybackStart"
                },
                {
                  "engagementTime" : "2025-03-08 18:42:06",
                  "engagementType" : "VideoAd1secView"
                },
                {
                  "engagementTime" : "2025-03-08 18:42:09",
                  "engagementType" : "VideoAdPlayback25"
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
                  "osType" : "Desktop"
                },
                "displayLocation" : "SearchTweets",
                "promotedTweetInfo" : {
                  "tweetId" : "1899511807342284801",
                  "tweetText" : "Quel terrain préférez-vous pour votre prochaine sortie ? Votez !",
                  "urls" : [
                    "https://t.co/Pk3ExAmPlE"
                  ],
                  "mediaUrls" : [
                    "https://t.co/Vd9ExAmPlE"
                  ]
                },
                "advertiserInfo" : {
                  "advertiserName" : "Sommet Équipement Exemple",
                  "screenName" : "@SommetEquipEx"
                },
                "matchedTargetingCriteria" : [
                  {
                    "targetingType" : "Keywords",
                    "targetingValue" : "dénivelé"
                  },
                  {
                    "targetingType" : "Follower look-alikes",
                    "targetingValue" : "@AlpesTrailMagEx"
                  }
                ],
                "impressionTime" : "2025-03-14 12:27:40"
              },
              "engagementAttributes" : [
                {
                  "engagementTime" : "2025-03-14 12:27:52",
                  "engagementType" : "PollCardVote"
                },
                {
                  "engagementTime" : "2025-03-14 12:28:10",
                  "engagementType" : "Detail"
                }
              ]
            }
          ]
        }
      }
    }
  }
]
