window.YTD.lists_member.part0 = [
  {
    "userListInfo" : {
      "url" : "https://twitter.com/OrkneyTideWatch/lists/scapa-flow-mariners"
    }
  },
  {
    "userListInfo" : {
      "url" : "https://twitter.com/HeleneRendall/lists/northern-isles-boats"
    }
  }
]