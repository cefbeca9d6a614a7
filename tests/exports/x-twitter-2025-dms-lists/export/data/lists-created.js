window.YTD.lists_created.part0 = [
  {
    "userListInfo" : {
      "url" : "https://twitter.com/aroha_trams/lists/1754220098135617536"
    }
  },
  {
    "userListInfo" : {
      "url" : "https://twitter.com/aroha_trams/lists/1889003120457728000"
    }
  }
]