window.YTD.lists_member.part0 = [
  {
    "userListInfo" : {
      "url" : "https://twitter.com/ArmCraftsWatch/lists/1733902146628812800"
    }
  },
  {
    "userListInfo" : {
      "url" : "https://twitter.com/gyumri_heritage/lists/1801277350946136064"
    }
  },
  {
    "userListInfo" : {
      "url" : "https://twitter.com/stone_masons_net/lists/1869015523378401280"
    }
  }
]
