window.YTD.catalog_item.part0 = [
  {
    "catalogItem" : {
      "catalogProduct" : {
        "productKey" : "1576322418030247936",
        "productId" : "FBC-MUG-TIDE-14",
        "catalogId" : "1576320994814652416",
        "lastUpdatedAt" : "2022-11-12T19:40:26.000Z",
        "createdFromDataSource" : "Shopify",
        "updatedFromDataSource" : "Shopify",
        "title" : "Tide-glaze stoneware mug, 14 oz",
        "description" : "Wheel-thrown mug in our blue-grey tide glaze. Dishwasher safe.",
        "productUrl" : {
          "externalUrl" : "https://shop.frenchbroadclay.example.com/products/tide-glaze-mug",
          "tcoUrl" : "https://t.co/Rk3vQm8ZtP"
        },
        "price" : {
          "currencyCode" : "USD",
          "microValue" : "38000000"
        },
        "coverMedia" : {
          "twitterMediaUrl" : "https://pbs.twimg.com/media/FgKp3xQWYAEq7Lm.jpg",
          "externalUrl" : "https://shop.frenchbroadclay.example.com/images/tide-glaze-mug-1.jpg"
        },
        "additionalMedia" : [
          {
            "twitterMediaUrl" : "https://pbs.twimg.com/media/FgKp4bTXkAAz2Wn.jpg",
            "externalUrl" : "https://shop.frenchbroadclay.example.com/images/tide-glaze-mug-2.jpg"
          }
        ],
        "mobileUrl" : {
          "externalUrl" : "https://m.shop.frenchbroadclay.example.com/products/tide-glaze-mug",
          "tcoUrl" : "https://t.co/Wz7nLq2VbX"
        },
        "salePrice" : {
          "currencyCode" : "USD",
          "microValue" : "32000000"
        },
        "saleStartTime" : "2022-11-25T05:00:00.000Z",
        "saleEndTime" : "2022-11-29T04:59:59.000Z",
        "googleProductCategory" : "Home & Garden > Kitchen & Dining > Tableware > Drinkware > Mugs",
        "customProductType" : [
          "mugs",
          "tide glaze"
        ],
        "brand" : "French Broad Clay Co."
      }
    }
  },
  {
    "catalogItem" : {
      "catalogProduct" : {
        "productKey" : "1576323057691062272",
        "productId" : "FBC-BOWL-FLAX-L",
        "catalogId" : "1576320994814652416",
        "lastUpdatedAt" : "2022-10-02T16:05:41.000Z",
        "createdFromDataSource" : "Shopify",
        "updatedFromDataSource" : "Shopify",
        "title" : "Flax-green serving bowl, large",
        "description" : "Wide serving bowl, ash glaze over iron slip.",
        "productUrl" : {
          "externalUrl" : "https://shop.frenchbroadclay.example.com/products/flax-green-serving-bowl",
          "tcoUrl" : "https://t.co/Hn5tYc9PqM"
        },
        "price" : {
          "currencyCode" : "USD",
          "microValue" : "96000000"
        },
        "coverMedia" : {
          "twitterMediaUrl" : "https://pbs.twimg.com/media/FgKq0aRWAAI8mNs.jpg",
          "externalUrl" : "https://shop.frenchbroadclay.example.com/images/flax-green-serving-bowl-1.jpg"
        },
        "googleProductCategory" : "Home & Garden > Kitchen & Dining > Tableware > Serveware > Serving Bowls",
        "brand" : "French Broad Clay Co."
      }
    }
  },
  {
    "catalogItem" : {
      "catalogProductGroup" : {
        "productGroupKey" : "1576324415563431936",
        "productGroupId" : "FBC-PLATE-ASH-SET",
        "products" : [
          "1576322418030247936",
          "1576323057691062272"
        ]
      }
    }
  }
]