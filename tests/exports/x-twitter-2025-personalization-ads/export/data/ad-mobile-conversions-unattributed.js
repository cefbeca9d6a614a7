window.YTD.ad_mobile_conversions_unattributed.part0 = [
  {
    "ad" : {
      "adsUserData" : {
        "unattributedMobileAppConversions" : {
          "conversions" : [
            {
              "mobilePlatform" : "iOS",
              "conversionEvent" : "install",
              "applicationName" : "",
              "conversionValue" : "0",
              "conversionTime" : "2025-04-12 17:31:06"
            },
            {
              "mobilePlatform" : "iOS",
              "conversionEvent" : "re_engage",
              "applicationName" : "",
              "conversionValue" : "0",
              "conversionTime" : "2025-04-14 06:58:40"
            }
          ]
        }
      }
    }
  },
  {
    "ad" : {
      "adsUserData" : {
        "unattributedMobileAppConversions" : {
          "conversions" : [
            {
              "mobilePlatform" : "iOS",
              "conversionEvent" : "re_engage",
              "applicationName" : "",
              "conversionValue" : "0",
              "conversionTime" : "2025-04-23 22:10:27"
            }
          ]
        }
      }
    }
  }
]