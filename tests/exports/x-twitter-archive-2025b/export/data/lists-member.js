window.YTD.lists_member.part0 = [
  {
    "userListInfo" : {
      "url" : "https://twitter.com/mel_do_alentejo/lists/1603318842210541570"
    }
  },
  {
    "userListInfo" : {
      "url" : "https://twitter.com/PollinatorWatchEU/lists/1688402951766360064"
    }
  }
]
