window.YTD.lists_member.part0 = [
  {
    "userListInfo" : {
      "url" : "https://twitter.com/zeytinyagi_tr/lists/tadim-panelleri"
    }
  },
  {
    "userListInfo" : {
      "url" : "https://twitter.com/egeli_ureticiler/lists/ayvalik-ureticileri"
    }
  },
  {
    "userListInfo" : {
      "url" : "https://twitter.com/oliveoiltimes_x/lists/sensory-assessors"
    }
  }
]