window.YTD.saved_search.part0 = [
  {
    "savedSearch" : {
      "savedSearchId" : "1771204483951",
      "query" : "чун Охрид"
    }
  },
  {
    "savedSearch" : {
      "savedSearchId" : "1835029917406",
      "query" : "#woodenboat steam bending"
    }
  }
]