window.YTD.product_set.part0 = [
  {
    "productSet" : {
      "productSetId" : "1576325810177892352",
      "catalogId" : "1576320994814652416",
      "productSetType" : "Manual",
      "name" : "Holiday market 2022",
      "description" : "Pieces we are bringing to the River Arts District holiday market",
      "lastUpdatedAt" : "2022-11-12T19:44:03.000Z",
      "items" : [
        {
          "itemType" : "Product",
          "itemKey" : "1576322418030247936"
        },
        {
          "itemType" : "ProductGroup",
          "itemKey" : "1576324415563431936"
        }
      ]
    }
  },
  {
    "productSet" : {
      "productSetId" : "1576326492331102208",
      "catalogId" : "1576320994814652416",
      "productSetType" : "Manual",
      "name" : "Everyday tableware",
      "description" : "",
      "lastUpdatedAt" : "2022-10-02T16:11:57.000Z",
      "items" : [
        {
          "itemType" : "Product",
          "itemKey" : "1576323057691062272"
        }
      ]
    }
  }
]