window.YTD.ad_mobile_conversions_unattributed.part0 = [
  {
    "ad" : {
      "adsUserData" : {
        "unattributedMobileAppConversions" : {
          "conversions" : [
            {
              "mobilePlatform" : "Android",
              "conversionEvent" : "install",
              "applicationName" : "",
              "conversionValue" : "0",
              "conversionTime" : "2025-03-30 09:12:07"
            },
            {
              "mobilePlatform" : "Android",
              "conversionEvent" : "re_engage",
              "applicationName" : "",
              "conversionValue" : "0",
              "conversionTime" : "2025-04-01 06:48:55"
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
              "mobilePlatform" : "Android",
              "conversionEvent" : "re_engage",
              "applicationName" : "",
              "conversionValue" : "0",
              "conversionTime" : "2025-04-14 19:23:31"
            }
          ]
        }
      }
    }
  }
]
