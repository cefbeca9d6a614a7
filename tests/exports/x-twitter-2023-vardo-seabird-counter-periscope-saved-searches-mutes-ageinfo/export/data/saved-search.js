window.YTD.saved_search.part0 = [
  {
    "savedSearch" : {
      "savedSearchId" : "1602938471029384756",
      "query" : "krykkje hornøya"
    }
  },
  {
    "savedSearch" : {
      "savedSearchId" : "1633018275519203840",
      "query" : "#seabirds puffin count"
    }
  },
  {
    "savedSearch" : {
      "savedSearchId" : "1688120493856612353",
      "query" : "from:metno varsel Finnmark"
    }
  }
]