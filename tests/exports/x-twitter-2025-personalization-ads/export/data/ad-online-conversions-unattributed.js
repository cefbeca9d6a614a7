window.YTD.ad_online_conversions_unattributed.part0 = [
  {
    "ad" : {
      "adsUserData" : {
        "unattributedOnlineConversions" : {
          "conversions" : [
            {
              "eventType" : "pageview",
              "conversionPlatform" : "Desktop",
              "conversionUrl" : "https://shop.desertoptics.example.com/binoculars/field-8x42?utm_source=x&utm_medium=paid",
              "advertiserInfo" : {
                "advertiserName" : "Desert Optics Example Co",
                "screenName" : "@DesertOpticsEx"
              },
              "conversionValue" : "0",
              "conversionTime" : "2025-04-19 20:03:44",
              "additionalParameters" : {
                "numItems" : "0"
              }
            },
            {
              "eventType" : "{}",
              "conversionPlatform" : "Desktop",
              "conversionUrl" : "https://shop.desertoptics.example.com/cart",
              "advertiserInfo" : {
                "advertiserName" : "Desert Optics Example Co",
                "screenName" : "@DesertOpticsEx"
              },
              "conversionTime" : "2025-04-19 20:06:12",
              "additionalParameters" : { }
            }
          ]
        }
      }
    }
  },
  {
    "ad" : {
      "adsUserData" : {
        "unattributedOnlineConversions" : {
          "conversions" : [
            {
              "eventType" : "pageview",
              "conversionPlatform" : "Mobile",
              "conversionUrl" : "https://barrioclay.example.org/classes/weekend-wheel",
              "advertiserInfo" : {
                "advertiserName" : "Barrio Clay Studio Example",
                "screenName" : "@BarrioClayEx"
              },
              "conversionValue" : "0",
              "conversionTime" : "2025-04-22 07:48:19",
              "additionalParameters" : {
                "numItems" : "0"
              }
            }
          ]
        }
      }
    }
  }
]