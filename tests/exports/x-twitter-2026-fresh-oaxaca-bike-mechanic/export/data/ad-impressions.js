window.YTD.ad_impressions.part0 = [
  {
    "ad" : {
      "adsUserData" : {
        "adImpressions" : {
          "impressions" : [
            {
              "deviceInfo" : {
                "osType" : "Android",
                "deviceId" : "q3N8vR1tKp0WzL5yH2mXcB7fJ4sDg9aEu6iOhYtQ1wA="
              },
              "displayLocation" : "TimelineHome",
              "promotedTweetInfo" : {
                "tweetId" : "1899143208763916288",
                "tweetText" : "Llantas todo terreno 29\" con 20% de descuento esta semana. Envío gratis a todo Oaxaca 🚚",
                "urls" : [ ],
                "mediaUrls" : [ ]
              },
              "advertiserInfo" : {
                "advertiserName" : "BiciPartes MX (ejemplo)",
                "screenName" : "@BiciPartesMX_ex"
              },
              "matchedTargetingCriteria" : [
                {
                  "targetingType" : "Interests",
                  "targetingValue" : "Bicycles"
                },
                {
                  "targetingType" : "Interests",
                  "targetingValue" : "Mountain biking"
                },
                {
                  "targetingType" : "Conversation topics",
                  "targetingValue" : "Cycling"
                },
                {
                  "targetingType" : "Platforms",
                  "targetingValue" : "Android"
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
                  "targetingValue" : "Oaxaca"
                }
              ],
              "impressionTime" : "2025-03-19 02:11:47"
            },
            {
              "impressionTime" : "2025-03-19 02:14:20",
              "deviceInfo" : {
                "osType" : "Android",
                "deviceId" : "q3N8vR1tKp0WzL5yH2mXcB7fJ4sDg9aEu6iOhYtQ1wA="
              },
              "displayLocation" : "TimelineHome",
              "rtbCreativeMediaInfo" : {
                "dspName" : "Google"
              }
            },
            {
              "deviceInfo" : {
                "osType" : "Desktop"
              },
              "displayLocation" : "TweetConversation",
              "promotedTweetInfo" : {
                "tweetId" : "1892597577942003712",
                "tweetText" : "Descarga Ruta Verde y planea tus trayectos en bici por calles seguras. https://t.co/Zb5cLq2WnR https://t.co/Ja7hTy0KeM",
                "urls" : [
                  "https://t.co/Zb5cLq2WnR"
                ],
                "mediaUrls" : [
                  "https://t.co/Ja7hTy0KeM"
                ]
              },
              "advertiserInfo" : {
                "advertiserName" : "Ruta Verde (ejemplo)",
                "screenName" : "@RutaVerdeApp_ex"
              },
              "matchedTargetingCriteria" : [
                {
                  "targetingType" : "Follower look-alikes",
                  "targetingValue" : "@rodada_noct_oax"
                },
                {
                  "targetingType" : "Website Activity",
                  "targetingValue" : "Ruta Verde visitors 30d"
                },
                {
                  "targetingType" : "App Activity"
                },
                {
                  "targetingType" : "Locations",
                  "targetingValue" : "Mexico"
                },
                {
                  "targetingType" : "Age",
                  "targetingValue" : "18 to 49"
                }
              ],
              "impressionTime" : "2025-02-27 16:06:02"
            }
          ]
        }
      }
    }
  }
]