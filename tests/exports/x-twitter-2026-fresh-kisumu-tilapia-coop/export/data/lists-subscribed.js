window.YTD.lists_subscribed.part0 = [
  {
    "userListInfo" : {
      "url" : "https://twitter.com/KenyaWeatherEx/lists/1650091782339952640"
    }
  }
]