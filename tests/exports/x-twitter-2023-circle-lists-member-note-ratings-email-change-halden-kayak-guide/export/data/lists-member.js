window.YTD.lists_member.part0 = [
  {
    "userListInfo" : {
      "url" : "https://twitter.com/ostfold_padling/lists/1598320044719816704"
    }
  },
  {
    "userListInfo" : {
      "url" : "https://twitter.com/kajakk_norge_ex/lists/1422876501193441281"
    }
  },
  {
    "userListInfo" : {
      "url" : "https://twitter.com/friluft_eksempel/lists/1677101938466263040"
    }
  }
]
