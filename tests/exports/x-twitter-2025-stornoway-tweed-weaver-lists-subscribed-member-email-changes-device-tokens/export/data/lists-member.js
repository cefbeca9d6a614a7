window.YTD.lists_member.part0 = [
  {
    "userListInfo" : {
      "url" : "https://twitter.com/HebrideanMakers/lists/harris-tweed-weavers"
    }
  },
  {
    "userListInfo" : {
      "url" : "https://twitter.com/iainbeag_555/lists/lewis-crafts"
    }
  },
  {
    "userListInfo" : {
      "url" : "https://twitter.com/textiles_scot/lists/gaelic-speakers-in-craft"
    }
  }
]
