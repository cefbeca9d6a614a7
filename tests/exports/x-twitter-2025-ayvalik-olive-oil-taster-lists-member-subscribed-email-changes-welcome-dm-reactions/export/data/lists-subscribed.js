window.YTD.lists_subscribed.part0 = [
  {
    "userListInfo" : {
      "url" : "https://twitter.com/i/lists/1638204758839201792"
    }
  },
  {
    "userListInfo" : {
      "url" : "https://twitter.com/gastro_izmir/lists/ege-mutfagi"
    }
  }
]