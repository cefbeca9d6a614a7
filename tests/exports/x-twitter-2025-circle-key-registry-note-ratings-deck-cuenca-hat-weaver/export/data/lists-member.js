window.YTD.lists_member.part0 = [
  {
    "userListInfo" : {
      "url" : "https://twitter.com/ArtesaniasAzuay/lists/1587730021946683392"
    }
  },
  {
    "userListInfo" : {
      "url" : "https://twitter.com/museo_sombrero/lists/1699125830457022464"
    }
  },
  {
    "userListInfo" : {
      "url" : "https://twitter.com/tejedoras_sigsig/lists/1745208873906319360"
    }
  }
]
