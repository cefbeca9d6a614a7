window.YTD.lists_member.part0 = [
  {
    "userListInfo" : {
      "url" : "https://twitter.com/CacaoBoliviaRed/lists/1539921006842310656"
    }
  },
  {
    "userListInfo" : {
      "url" : "https://twitter.com/turismo_scr_bo/lists/1677442390583128064"
    }
  }
]