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
              "conversionUrl" : "https://shop.example.com/parts/bearing-6205-2rs",
              "advertiserInfo" : {
                "advertiserName" : "Dala Agro Parts",
                "screenName" : "@dalaagroparts"
              },
              "conversionValue" : "0",
              "conversionTime" : "2025-08-11 17:46:30",
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
              "attributedConversionType" : "Session",
              "eventType" : "pageview",
              "conversionPlatform" : "Mobile",
              "conversionUrl" : "https://shop.example.com/cart",
              "advertiserInfo" : {
                "advertiserName" : "Dala Agro Parts",
                "screenName" : "@dalaagroparts"
              },
              "conversionValue" : "0",
              "conversionTime" : "2025-08-12 05:58:12",
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
              "attributedConversionType" : "Session",
              "eventType" : "{}",
              "conversionPlatform" : "Mobile",
              "conversionUrl" : "https://tools.example.net/sale?src=x&campaign=workshop20",
              "advertiserInfo" : {
                "advertiserName" : "Steppe Tool Co.",
                "screenName" : "@steppetoolco"
              },
              "conversionTime" : "2025-08-20 09:05:02",
              "additionalParameters" : { }
            }
          ]
        }
      }
    }
  }
]