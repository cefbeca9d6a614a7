window.YTD.follower.part0 = [
  {
    "follower" : {
      "accountId" : "1569934510785404196",
      "userLink" : "https://twitter.com/intent/user?user_id=1569934510785404196"
    }
  },
  {
    "follower" : {
      "accountId" : "1284672090144771198",
      "userLink" : "https://twitter.com/intent/user?user_id=1284672090144771198"
    }
  },
  {
    "follower" : {
      "accountId" : "1346436420992961933",
      "userLink" : "https://twitter.com/intent/user?user_id=1346436420992961933"
    }
  }
]