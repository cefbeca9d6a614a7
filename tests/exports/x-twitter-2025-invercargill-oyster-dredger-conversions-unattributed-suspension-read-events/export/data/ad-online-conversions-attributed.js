window.YTD.ad_online_conversions_attributed.part0 = [
  {
    "ad" : {
      "adsUserData" : {
        "attributedOnlineConversions" : {
          "conversions" : [
            {
              "attributedConversionType" : "PageView",
              "eventType" : "pageview",
              "conversionPlatform" : "Mobile",
              "conversionUrl" : "https://shop.example.com/products/dredge-gloves-nitrile-12pk",
              "advertiserInfo" : {
                "advertiserName" : "Deckhand Gear Co",
                "screenName" : "@DeckhandGearEx"
              },
              "conversionValue" : "34.90 NZD",
              "conversionTime" : "2025-03-27 18:40:12",
              "additionalParameters" : {
                "currency" : "NZD"
              }
            }
          ]
        }
      }
    }
  }
]
