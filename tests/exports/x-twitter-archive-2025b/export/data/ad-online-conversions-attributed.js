window.YTD.ad_online_conversions_attributed.part0 = [
  {
    "ad" : {
      "adsUserData" : {
        "attributedOnlineConversions" : {
          "conversions" : [
            {
              "attributedConversionType" : "PageView",
              "eventType" : "pageview",
              "conversionPlatform" : "Desktop",
              "conversionUrl" : "https://loja.apisul.example.com/fatos-de-apicultor/fato-ventilado-pro",
              "advertiserInfo" : {
                "advertiserName" : "ApiSul Material Apícola",
                "screenName" : "@apisul_material"
              },
              "conversionValue" : "0",
              "conversionTime" : "2025-05-11 20:41:03"
            },
            {
              "attributedConversionType" : "PostEngagement",
              "eventType" : "purchase",
              "conversionPlatform" : "Mobile",
              "conversionUrl" : "https://loja.apisul.example.com/checkout/obrigado",
              "advertiserInfo" : {
                "advertiserName" : "ApiSul Material Apícola",
                "screenName" : "@apisul_material"
              },
              "conversionValue" : "89.90",
              "conversionTime" : "2025-05-13 12:17:58"
            }
          ]
        }
      }
    }
  }
]
