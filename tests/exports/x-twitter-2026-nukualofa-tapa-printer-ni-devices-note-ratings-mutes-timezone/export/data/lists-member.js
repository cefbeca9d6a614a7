window.YTD.lists_member.part0 = [
  {
    "userListInfo" : {
      "url" : "https://twitter.com/PacificMakersEx/lists/1587720394857102934"
    }
  },
  {
    "userListInfo" : {
      "url" : "https://twitter.com/barkcloth_hist/lists/1698811203948571029"
    }
  }
]
