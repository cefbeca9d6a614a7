window.YTD.lists_created.part0 = [
  {
    "userListInfo" : {
      "url" : "https://twitter.com/leilani_tephra/lists/hawaii-volcano-science"
    }
  }
]