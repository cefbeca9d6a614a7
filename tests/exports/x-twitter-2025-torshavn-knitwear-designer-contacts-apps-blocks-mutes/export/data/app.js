window.YTD.app.part0 = [
  {
    "app" : {
      "appId" : "com.ravelry.android",
      "appNames" : [
        "Ravelry Companion"
      ]
    }
  },
  {
    "app" : {
      "appId" : "com.atlanticairways.booking",
      "appNames" : [
        "Atlantic Airways"
      ]
    }
  },
  {
    "app" : {
      "appId" : "com.shopify.mobile",
      "appNames" : [
        "Shopify",
        "Shopify: Sell Online & In-Person"
      ]
    }
  }
]