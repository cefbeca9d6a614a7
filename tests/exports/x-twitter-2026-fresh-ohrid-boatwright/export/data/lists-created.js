window.YTD.lists_created.part0 = [
  {
    "userListInfo" : {
      "url" : "https://twitter.com/bisera_camci/lists/wooden-boats-balkans"
    }
  }
]