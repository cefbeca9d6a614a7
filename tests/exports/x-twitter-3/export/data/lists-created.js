window.YTD.lists_created.part0 = [
  {
    "userListInfo" : {
      "url" : "https://twitter.com/noorvh_birds/lists/1590000000000000431"
    }
  },
  {
    "userListInfo" : {
      "url" : "https://twitter.com/noorvh_birds/lists/1633000000000000872"
    }
  }
]
