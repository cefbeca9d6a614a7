window.YTD.saved_search.part0 = [
  {
    "savedSearch" : {
      "savedSearchId" : "1712934455108878336",
      "query" : "мақта тазалау джин"
    }
  },
  {
    "savedSearch" : {
      "savedSearchId" : "1748120096637411329",
      "query" : "cotton gin saw sharpening"
    }
  },
  {
    "savedSearch" : {
      "savedSearchId" : "1890557201348796416",
      "query" : "Шымкент ауа райы"
    }
  }
]