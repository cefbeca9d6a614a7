window.YTD.saved_search.part0 = [
  {
    "savedSearch" : {
      "savedSearchId" : "1563612084477693953",
      "query" : "Kilauea summit tilt"
    }
  },
  {
    "savedSearch" : {
      "savedSearchId" : "1589031751225094144",
      "query" : "#MaunaLoa filter:media"
    }
  },
  {
    "savedSearch" : {
      "savedSearchId" : "1607493380652826626",
      "query" : "from:kaimana_gasflux SO2"
    }
  }
]