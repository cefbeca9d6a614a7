window.YTD.lists_subscribed.part0 = [
  {
    "userListInfo" : {
      "url" : "https://twitter.com/NZHeritageRail_ex/lists/1490213375520075776"
    }
  },
  {
    "userListInfo" : {
      "url" : "https://twitter.com/welly_transit_nerd/lists/1622109843377401856"
    }
  },
  {
    "userListInfo" : {
      "url" : "https://twitter.com/tramwaysoc_ex/lists/1799870011263934464"
    }
  }
]