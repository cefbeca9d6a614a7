window.YTD.mute.part0 = [
  {
    "muting" : {
      "accountId" : "948310275566911488",
      "userLink" : "https://twitter.com/intent/user?user_id=948310275566911488"
    }
  },
  {
    "muting" : {
      "accountId" : "1410027735261417474",
      "userLink" : "https://twitter.com/intent/user?user_id=1410027735261417474"
    }
  },
  {
    "muting" : {
      "accountId" : "3120584471",
      "userLink" : "https://twitter.com/intent/user?user_id=3120584471"
    }
  }
]