window.YTD.product_set.part0 = [
  {
    "productSet" : {
      "productSetId" : "1987604451290451968",
      "catalogId" : "1987600912037490688",
      "productSetType" : "Manual",
      "name" : "Second flush 2025",
      "description" : "Single-estate muscatel lots, 50 g and 100 g tins",
      "lastUpdatedAt" : "2025-11-06T11:02:47.000Z",
      "items" : [
        {
          "itemType" : "Product",
          "itemKey" : "1987602238816061440"
        },
        {
          "itemType" : "Product",
          "itemKey" : "1987602754597978112"
        }
      ]
    }
  },
  {
    "productSet" : {
      "productSetId" : "1994471950086635520",
      "catalogId" : "1987600912037490688",
      "productSetType" : "Manual",
      "name" : "Winter blend",
      "description" : "",
      "lastUpdatedAt" : "2025-11-26T09:31:05.000Z",
      "items" : [
        {
          "itemType" : "ProductGroup",
          "itemKey" : "1994471402348298240"
        }
      ]
    }
  }
]