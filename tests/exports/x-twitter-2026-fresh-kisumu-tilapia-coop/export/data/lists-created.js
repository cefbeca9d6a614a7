window.YTD.lists_created.part0 = [
  {
    "userListInfo" : {
      "url" : "https://twitter.com/achieng_tilapia/lists/lake-victoria-fisheries"
    }
  }
]