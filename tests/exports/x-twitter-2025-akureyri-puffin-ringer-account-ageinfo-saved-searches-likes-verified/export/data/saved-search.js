window.YTD.saved_search.part0 = [
  {
    "savedSearch" : {
      "savedSearchId" : "1790233412876541952",
      "query" : "lundi Grímsey"
    }
  },
  {
    "savedSearch" : {
      "savedSearchId" : "1822001945366728704",
      "query" : "#birdringing Iceland"
    }
  },
  {
    "savedSearch" : {
      "savedSearchId" : "1880517730190270464",
      "query" : "from:natturufraedistofnun puffin count"
    }
  }
]
