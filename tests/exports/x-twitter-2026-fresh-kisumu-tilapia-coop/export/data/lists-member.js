window.YTD.lists_member.part0 = [
  {
    "userListInfo" : {
      "url" : "https://twitter.com/LakeBasinFarmersEx/lists/1702233418890051584"
    }
  },
  {
    "userListInfo" : {
      "url" : "https://twitter.com/wanjiru_aqua_ex/lists/women-in-aquaculture-ke"
    }
  }
]