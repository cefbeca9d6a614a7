window.YTD.lists_member.part0 = [
  {
    "userListInfo" : {
      "url" : "https://twitter.com/ria_formosa_pesca/lists/1701184520937468416"
    }
  },
  {
    "userListInfo" : {
      "url" : "https://twitter.com/algarve_oficios/lists/1752290186407673856"
    }
  },
  {
    "userListInfo" : {
      "url" : "https://twitter.com/zeferino_barcos/lists/1819005476612399104"
    }
  }
]