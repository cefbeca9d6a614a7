window.YTD.ad_impressions.part0 = [
  {
    "ad" : {
      "adsUserData" : {
        "adImpressions" : {
          "impressions" : [
            {
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
                },
                {
                  "targetingType" : "Locations",
                  "targetingValue" : "France"
                }
              ],
              "rtbCreativeMediaInfo" : {
                "mediaType" : "LinearPreroll"
              },
              "impressionTime" : "2025-03-08 18:42:05"
            },
            {
              "deviceInfo" : {
                "osType" : "Android",
                "deviceId" : "Vt3kP0qLx8sZ1mWb6HcYe4RnJ2uGdA9oF7iKtQ5wEyM=",
                "deviceType" : "Pixel 8"
              },
              "displayLocation" : "TimelineHome",
              "promotedTweetInfo" : {
                "tweetId" : "1897034512268193792",
                "tweetText" : "Nouveaux bâtons carbone pour l'ultra : -15 % jusqu'à dimanche.",
                "urls" : [
                  "https://t.co/Ex4mpLeB4t"
                ],
                "mediaUrls" : [
                  "https://t.co/Mx7mPlEm3D"
                ]
              },
              "advertiserInfo" : {
                "advertiserName" : "Sommet Équipement Exemple",
                "screenName" : "@SommetEquipEx"
              },
              "matchedTargetingCriteria" : [
                {
                  "targetingType" : "Retargeting campaign engager",
                  "targetingValue" : "Retargeting campaign engager: 31877402"
                },
                {
                  "targetingType" : "Retargeting engagement type",
                  "targetingValue" : "Retargeting engagement type: 2"
                },
                {
                  "targetingType" : "Platforms",
                  "targetingValue" : "Android"
                },
                {
                  "targetingType" : "Languages",
                  "targetingValue" : "French"
                }
              ],
              "impressionTime" : "2025-03-09 07:15:31"
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
                "osType" : "Desktop"
              },
              "displayLocation" : "ProfileAccountsSidebar",
              "advertiserInfo" : {
                "advertiserName" : "Festival des Cimes Exemple",
                "screenName" : "@FestivalCimesEx"
              },
              "matchedTargetingCriteria" : [
                {
                  "targetingType" : "Events",
                  "targetingValue" : "Ultra-Trail 2025"
                },
                {
                  "targetingType" : "Interests",
                  "targetingValue" : "Running"
                },
                {
                  "targetingType" : "Locations",
                  "targetingValue" : "Grenoble"
                }
              ],
              "impressionTime" : "2025-03-12 21:03:48"
            }
          ]
        }
      }
    }
  }
]
