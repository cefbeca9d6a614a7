window.YTD.ad_online_conversions_unattributed.part0 = [
  {
    "ad" : {
      "adsUserData" : {
        "unattributedOnlineConversions" : {
          "conversions" : [
            {
              "eventType" : "pageview",
              "conversionPlatform" : "Mobile",
              "conversionUrl" : "https://www.example.com/marine/oilskins/bib-trousers?size=XL&utm_source=twitter&utm_medium=cpc",
              "advertiserInfo" : {
                "advertiserName" : "Southland Marine Supply",
                "screenName" : "@SthlandMarineEx"
              },
              "conversionValue" : "0",
              "conversionTime" : "2025-04-02 07:18:44",
              "additionalParameters" : {
                "numItems" : "0"
              }
            },
            {
              "eventType" : "{}",
              "conversionPlatform" : "Desktop",
              "conversionUrl" : "https://ferry.example.org/stewart-island/book?date=2025-04-19&pax=2",
              "advertiserInfo" : {
                "advertiserName" : "Foveaux Ferries",
                "screenName" : "@FoveauxFerryEx"
              },
              "conversionTime" : "2025-04-03 20:55:01",
              "additionalParameters" : { }
            }
          ]
        }
      }
    }
  },
  {
    "ad" : {
      "adsUserData" : {
        "unattributedOnlineConversions" : {
          "conversions" : [
            {
              "eventType" : "pageview",
              "conversionPlatform" : "Mobile",
              "conversionUrl" : "https://news.example.net/southland/2025/may/06/oyster-season-opens-quota",
              "advertiserInfo" : {
                "advertiserName" : "Southern Times",
                "screenName" : "@SouthernTimesEx"
              },
              "conversionValue" : "0",
              "conversionTime" : "2025-05-06 05:02:19",
              "additionalParameters" : {
                "numItems" : "0"
              }
            }
          ]
        }
      }
    }
  }
]
