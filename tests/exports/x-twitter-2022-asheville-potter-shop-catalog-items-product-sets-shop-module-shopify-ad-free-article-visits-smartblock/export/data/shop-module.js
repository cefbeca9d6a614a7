window.YTD.shop_module.part0 = [
  {
    "shopModule" : {
      "moduleId" : "1578816104029184000",
      "userId" : "1402278861937180673",
      "isEnabled" : true,
      "productSetIds" : [
        "1576325810177892352"
      ],
      "displayType" : "Carousel"
    }
  }
]