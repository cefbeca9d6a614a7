window.YTD.twitter_shop.part0 = [
  {
    "twitterShop" : {
      "shopId" : "1578815530621693952",
      "userId" : "1402278861937180673",
      "isEnabled" : true,
      "name" : "French Broad Clay shop",
      "description" : "Small-batch stoneware from our studio by the river.",
      "productSetIds" : [
        "1576325810177892352",
        "1576326492331102208"
      ]
    }
  }
]