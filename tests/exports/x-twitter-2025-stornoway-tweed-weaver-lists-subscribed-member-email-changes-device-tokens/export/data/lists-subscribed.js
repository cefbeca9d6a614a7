window.YTD.lists_subscribed.part0 = [
  {
    "userListInfo" : {
      "url" : "https://twitter.com/CalMacWatch555/lists/ferry-disruption"
    }
  },
  {
    "userListInfo" : {
      "url" : "https://twitter.com/woolnerd_555/lists/natural-dyers"
    }
  }
]
