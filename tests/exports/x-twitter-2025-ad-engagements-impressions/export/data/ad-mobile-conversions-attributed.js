window.YTD.ad_mobile_conversions_attributed.part0 = [
  {
    "ad" : {
      "adsUserData" : {
        "attributedMobileAppConversions" : {
          "conversions" : [
            {
              "attributedConversionType" : "ReEngage",
              "mobilePlatform" : "Android",
              "conversionEvent" : "re_engage",
              "applicationName" : "Kirana Pay: UPI & Bills",
              "conversionValue" : "0",
              "conversionTime" : "2025-11-03 20:14:51"
            },
            {
              "attributedConversionType" : "TutorialComplete",
              "mobilePlatform" : "Android",
              "conversionEvent" : "tutorial_complete",
              "applicationName" : "Kirana Pay: UPI & Bills",
              "conversionValue" : "0",
              "conversionTime" : "2025-11-03 20:22:09",
              "additionalParameters" : {
                "currency" : "INR"
              }
            },
            {
              "attributedConversionType" : "Purchase",
              "mobilePlatform" : "Android",
              "conversionEvent" : "purchase",
              "applicationName" : "Kirana Pay: UPI & Bills",
              "conversionValue" : "0",
              "conversionTime" : "2025-11-03 20:22:09",
              "additionalParameters" : {
                "currency" : "INR"
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
        "attributedMobileAppConversions" : {
          "conversions" : [
            {
              "attributedConversionType" : "Login",
              "mobilePlatform" : "Android",
              "conversionEvent" : "login",
              "applicationName" : "Meghdoot Cloud Backup",
              "conversionValue" : "0",
              "conversionTime" : "2025-11-06 08:47:33"
            }
          ]
        }
      }
    }
  }
]
