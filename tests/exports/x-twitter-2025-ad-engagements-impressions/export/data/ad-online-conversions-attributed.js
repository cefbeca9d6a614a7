window.YTD.ad_online_conversions_attributed.part0 = [
  {
    "ad" : {
      "adsUserData" : {
        "attributedOnlineConversions" : {
          "conversions" : [
            {
              "attributedConversionType" : "SiteVisit",
              "eventType" : "pageview",
              "conversionPlatform" : "Mobile",
              "conversionUrl" : "https://www.sahyadritrails.example.com/treks/rajmachi-camping",
              "advertiserInfo" : {
                "advertiserName" : "Sahyadri Trails",
                "screenName" : "@sahyadritrails_ex"
              },
              "conversionValue" : "0",
              "conversionTime" : "2025-11-05 07:19:06",
              "additionalParameters" : {
                "numItems" : "0"
              }
            },
            {
              "attributedConversionType" : "Session",
              "eventType" : "pageview",
              "conversionPlatform" : "Mobile",
              "conversionUrl" : "https://www.sahyadritrails.example.com/checkout/kit-rental",
              "advertiserInfo" : {
                "advertiserName" : "Sahyadri Trails",
                "screenName" : "@sahyadritrails_ex"
              },
              "conversionValue" : "0",
              "conversionTime" : "2025-11-05 07:21:40",
              "additionalParameters" : {
                "numItems" : "0"
              }
            }
          ]
        }
      }
    }
  },
  {
    "ad" : {
      "adsUserData" : {
        "attributedOnlineConversions" : {
          "conversions" : [
            {
              "attributedConversionType" : "SiteVisit",
              "eventType" : "{\"conversion_id\":null}",
              "conversionPlatform" : "Desktop",
              "conversionUrl" : "https://meghdoot.example.org/plans/family",
              "advertiserInfo" : {
                "advertiserName" : "Meghdoot Cloud",
                "screenName" : "@meghdootcloud"
              },
              "conversionTime" : "2025-11-06 21:03:58",
              "additionalParameters" : { }
            }
          ]
        }
      }
    }
  }
]
