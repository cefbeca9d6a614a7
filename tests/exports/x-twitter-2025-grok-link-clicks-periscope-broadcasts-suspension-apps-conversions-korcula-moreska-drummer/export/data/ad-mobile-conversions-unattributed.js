window.YTD.ad_mobile_conversions_unattributed.part0 = [
  {
    "ad" : {
      "adsUserData" : {
        "unattributedMobileAppConversions" : {
          "conversions" : [
            {
              "mobilePlatform" : "Android",
              "conversionEvent" : "re_engage",
              "applicationName" : "Ferry Info: Croatian timetables",
              "conversionValue" : "0",
              "conversionTime" : "2025-08-21 05:58:12"
            },
            {
              "mobilePlatform" : "Android",
              "conversionEvent" : "install",
              "applicationName" : "Drum Tuner Pro: Percussion Pitch",
              "conversionValue" : "0",
              "conversionTime" : "2025-08-21 19:40:37"
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
              "conversionEvent" : "session",
              "applicationName" : "Adriatic Weather & Wind",
              "conversionValue" : "0",
              "conversionTime" : "2025-08-23 06:11:50"
            }
          ]
        }
      }
    }
  }
]