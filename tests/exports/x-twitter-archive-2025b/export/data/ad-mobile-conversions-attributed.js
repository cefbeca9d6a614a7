window.YTD.ad_mobile_conversions_attributed.part0 = [
  {
    "ad" : {
      "adsUserData" : {
        "attributedMobileAppConversions" : {
          "conversions" : [
            {
              "attributedConversionType" : "ReEngage",
              "mobilePlatform" : "Android",
              "conversionEvent" : "Install",
              "applicationName" : "Colmeia Diário - Registo Apícola",
              "conversionValue" : "0",
              "conversionTime" : "2025-04-02 18:22:10"
            },
            {
              "attributedConversionType" : "ReEngage",
              "mobilePlatform" : "Android",
              "conversionEvent" : "Purchase",
              "applicationName" : "Colmeia Diário - Registo Apícola",
              "conversionValue" : "4.99",
              "conversionTime" : "2025-04-09 21:05:47"
            }
          ]
        }
      }
    }
  }
]
