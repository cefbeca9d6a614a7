window.YTD.saved_search.part0 = [
  {
    "savedSearch" : {
      "savedSearchId" : "1665828337874939477",
      "query" : "whitby tide wrong"
    }
  },
  {
    "savedSearch" : {
      "savedSearchId" : "1745722782643783046",
      "query" : "@WhitbyTideBot -from:WhitbyTideBot"
    }
  }
]