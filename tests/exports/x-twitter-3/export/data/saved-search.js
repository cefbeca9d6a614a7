window.YTD.saved_search.part0 = [
  {
    "savedSearch" : {
      "savedSearchId" : "1492000000000000561",
      "query" : "elegant trogon madera canyon"
    }
  },
  {
    "savedSearch" : {
      "savedSearchId" : "1601000000000000098",
      "query" : "#TucsonBirds filter:media"
    }
  },
  {
    "savedSearch" : {
      "savedSearchId" : "1655000000000000777",
      "query" : "from:AZGameFish_ex monsoon"
    }
  }
]
