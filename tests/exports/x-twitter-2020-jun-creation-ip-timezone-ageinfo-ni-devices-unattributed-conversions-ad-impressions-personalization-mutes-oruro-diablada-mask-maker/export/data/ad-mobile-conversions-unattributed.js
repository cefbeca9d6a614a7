window.YTD.ad_mobile_conversions_unattributed.part0 = [ {
  "ad" : {
    "adsUserData" : {
      "unattributedMobileAppConversions" : {
        "conversions" : [ {
          "mobilePlatform" : "Android",
          "conversionEvent" : "re_engage",
          "applicationName" : "Twitter",
          "conversionValue" : "0",
          "conversionTime" : "2020-05-30 23:02:16"
        } ]
      }
    }
  }
}, {
  "ad" : {
    "adsUserData" : {
      "unattributedMobileAppConversions" : {
        "conversions" : [ {
          "mobilePlatform" : "Android",
          "conversionEvent" : "install",
          "applicationName" : "Tigo Money Bolivia",
          "conversionValue" : "0",
          "conversionTime" : "2020-06-06 14:27:48"
        } ]
      }
    }
  }
} ]