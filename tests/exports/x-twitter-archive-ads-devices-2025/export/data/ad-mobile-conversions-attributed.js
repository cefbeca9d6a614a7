window.YTD.ad_mobile_conversions_attributed.part0 = [
  {
    "ad" : {
      "adsUserData" : {
        "attributedMobileAppConversions" : {
          "conversions" : [
            {
              "attributedConversionType" : "ReEngage",
              "mobilePlatform" : "Android",
              "conversionEvent" : "install",
              "applicationName" : "Sentiers Exemple - Cartes rando",
              "conversionValue" : "0",
              "conversionTime" : "2025-03-09 07:31:12"
            }
          ]
        }
      }
    }
  },
  {
    "ad" : {
      "adsUserData" : {
        "attributedMobileAppConversions" : {
          "conversions" : [
            {
              "attributedConversionType" : "ReEngage",
              "mobilePlatform" : "Android",
              "conversionEvent" : "re_engage",
              "applicationName" : "Sentiers Exemple - Cartes rando",
              "conversionValue" : "0",
              "conversionTime" : "2025-03-11 19:04:26"
            },
            {
              "attributedConversionType" : "ReEngage",
              "mobilePlatform" : "Android",
              "conversionEvent" : "re_engage",
              "applicationName" : "Sentiers Exemple - Cartes rando",
              "conversionValue" : "0",
              "conversionTime" : "2025-03-15 06:58:03"
            }
          ]
        }
      }
    }
  }
]
