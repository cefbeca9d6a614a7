window.YTD.lists_member.part0 = [
  {
    "userListInfo" : {
      "url" : "https://twitter.com/SonoranBirdAtlas/lists/1409000000000000236"
    }
  },
  {
    "userListInfo" : {
      "url" : "https://twitter.com/dvasquez_tucson/lists/1578000000000000913"
    }
  },
  {
    "userListInfo" : {
      "url" : "https://twitter.com/hummingbird_hq_ex/lists/1688000000000000304"
    }
  }
]
