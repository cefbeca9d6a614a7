window.YTD.mute.part0 = [
  {
    "muting" : {
      "accountId" : "1511820947736002563",
      "userLink" : "https://twitter.com/intent/user?user_id=1511820947736002563"
    }
  },
  {
    "muting" : {
      "accountId" : "3391027746",
      "userLink" : "https://twitter.com/intent/user?user_id=3391027746"
    }
  }
]
