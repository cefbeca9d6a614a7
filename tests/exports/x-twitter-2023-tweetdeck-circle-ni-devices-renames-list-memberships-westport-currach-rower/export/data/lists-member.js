window.YTD.lists_member.part0 = [
  {
    "userListInfo" : {
      "url" : "https://twitter.com/MayoRowingClubs/lists/1420998371652390913"
    }
  },
  {
    "userListInfo" : {
      "url" : "https://twitter.com/clewbaykayak/lists/1502263718445092864"
    }
  },
  {
    "userListInfo" : {
      "url" : "https://twitter.com/westcoastboats/lists/1611180024731119616"
    }
  }
]
