window.YTD.saved_search.part0 = [
  {
    "savedSearch" : {
      "savedSearchId" : "1318220574902235136",
      "query" : "#tinwhistle"
    }
  },
  {
    "savedSearch" : {
      "savedSearchId" : "1390651127343906818",
      "query" : "fleadh cheoil 2022"
    }
  },
  {
    "savedSearch" : {
      "savedSearchId" : "1446918305770434564",
      "query" : "(brass tube supplier) near:Ennis"
    }
  },
  {
    "savedSearch" : {
      "savedSearchId" : "1522001748139286529",
      "query" : "#irishtrad"
    }
  }
]
