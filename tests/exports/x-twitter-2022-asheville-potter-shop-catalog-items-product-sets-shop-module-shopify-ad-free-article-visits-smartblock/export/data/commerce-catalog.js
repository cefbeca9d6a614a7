window.YTD.commerce_catalog.part0 = [
  {
    "commerceCatalog" : {
      "catalogId" : "1576320994814652416",
      "catalogName" : "French Broad Clay – stoneware",
      "catalogType" : "Product",
      "authorUserId" : "1402278861937180673",
      "lastUpdatedAt" : "2022-11-12T19:40:26.000Z"
    }
  }
]