window.YTD.lists_member.part0 = [
  {
    "userListInfo" : {
      "url" : "https://twitter.com/boka_bay_news/lists/1633918204775260160"
    }
  },
  {
    "userListInfo" : {
      "url" : "https://twitter.com/shellfish_adriatic/lists/1587230019443302401"
    }
  }
]