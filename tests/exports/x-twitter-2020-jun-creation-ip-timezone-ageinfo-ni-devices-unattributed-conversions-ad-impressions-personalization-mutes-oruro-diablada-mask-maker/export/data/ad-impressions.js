window.YTD.ad_impressions.part0 = [ {
  "ad" : {
    "adsUserData" : {
      "adImpressions" : {
        "impressions" : [ {
          "deviceInfo" : {
            "osType" : "Android",
            "deviceId" : "Xk4Pq9rLw2Tz7bN0cV5mJ8dH1sF6gY3aE2uR9oKiW0Q=",
            "deviceType" : "Samsung Galaxy A10"
          },
          "displayLocation" : "TimelineHome",
          "promotedTweetInfo" : {
            "tweetId" : "1268301457722314752",
            "tweetText" : "¿Extrañas el Carnaval? Vive la Entrada desde casa con nuestro especial en línea 🎭 https://t.co/Qm4rV8bXz1 https://t.co/Lk2wP9dTcE",
            "urls" : [ "https://t.co/Qm4rV8bXz1" ],
            "mediaUrls" : [ "https://t.co/Lk2wP9dTcE" ]
          },
          "advertiserInfo" : {
            "advertiserName" : "Canal Altiplano TV",
            "screenName" : "@altiplano_tv_bo"
          },
          "matchedTargetingCriteria" : [ {
            "targetingType" : "Keywords",
            "targetingValue" : "carnaval de oruro"
          }, {
            "targetingType" : "Follower look-alikes",
            "targetingValue" : "@folklore_bolivia"
          }, {
            "targetingType" : "Age",
            "targetingValue" : "25 to 54"
          }, {
            "targetingType" : "Locations",
            "targetingValue" : "Bolivia"
          }, {
            "targetingType" : "Platforms",
            "targetingValue" : "Android"
          } ],
          "impressionTime" : "2020-06-03 22:41:09"
        } ]
      }
    }
  }
}, {
  "ad" : {
    "adsUserData" : {
      "adImpressions" : {
        "impressions" : [ {
          "deviceInfo" : {
            "osType" : "Desktop"
          },
          "displayLocation" : "WtfSidebar",
          "advertiserInfo" : {
            "advertiserName" : "Taller Escuela de Artes Aplicadas",
            "screenName" : "@artesaplicadas_orr"
          },
          "matchedTargetingCriteria" : [ {
            "targetingType" : "Interests",
            "targetingValue" : "Arts and crafts"
          }, {
            "targetingType" : "Languages",
            "targetingValue" : "Spanish"
          }, {
            "targetingType" : "Locations",
            "targetingValue" : "Oruro"
          } ],
          "impressionTime" : "2020-06-05 01:12:37"
        }, {
          "deviceInfo" : {
            "osType" : "Android",
            "deviceId" : "Xk4Pq9rLw2Tz7bN0cV5mJ8dH1sF6gY3aE2uR9oKiW0Q=",
            "deviceType" : "Samsung Galaxy A10"
          },
          "displayLocation" : "SearchTweets",
          "promotedTweetInfo" : {
            "tweetId" : "1269055302113779713",
            "tweetText" : "Pinturas acrílicas y esmaltes al por mayor para talleres, envíos a todo el país.",
            "urls" : [ ],
            "mediaUrls" : [ ]
          },
          "promotedTrendInfo" : {
            "trendId" : "80342",
            "name" : "#TalleresDeBolivia",
            "description" : "Materiales para artesanos"
          },
          "advertiserInfo" : {
            "advertiserName" : "Pinturas Andinas",
            "screenName" : "@pinturas_andinas"
          },
          "matchedTargetingCriteria" : [ {
            "targetingType" : "Tailored audiences (web)",
            "targetingValue" : "PA | Visitantes catálogo"
          }, {
            "targetingType" : "Locations",
            "targetingValue" : "Bolivia"
          } ],
          "impressionTime" : "2020-06-07 17:09:55"
        } ]
      }
    }
  }
} ]