window.YTD.lists_subscribed.part0 = [
  {
    "userListInfo" : {
      "url" : "https://twitter.com/lviv_typo_walk/lists/ghost-signs-ua-1029384"
    }
  },
  {
    "userListInfo" : {
      "url" : "https://twitter.com/signpaintersEU/lists/gilders-1102938"
    }
  },
  {
    "userListInfo" : {
      "url" : "https://twitter.com/marta_shrift/lists/kyiv-letterers"
    }
  }
]