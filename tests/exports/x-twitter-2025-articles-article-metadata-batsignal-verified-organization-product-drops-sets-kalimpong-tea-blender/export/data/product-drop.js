window.YTD.product_drop.part0 = [
  {
    "productDrop" : {
      "id" : "1987605118302027776",
      "userId" : "1651239948310376448",
      "productSetId" : "1987604451290451968",
      "hashtag" : "#SecondFlushDrop",
      "dropTime" : "2025-11-12T12:30:00.000Z"
    }
  },
  {
    "productDrop" : {
      "id" : "1994472577155772416",
      "userId" : "1651239948310376448",
      "productSetId" : "1994471950086635520",
      "hashtag" : "#KalimpongWinterBlend",
      "dropTime" : "2025-12-06T12:30:00.000Z"
    }
  }
]