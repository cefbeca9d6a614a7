window.YTD.following.part0 = [
  {
    "following" : {
      "accountId" : "1144877263510773760",
      "userLink" : "https://twitter.com/intent/user?user_id=1144877263510773760"
    }
  },
  {
    "following" : {
      "accountId" : "1058267465119399565",
      "userLink" : "https://twitter.com/intent/user?user_id=1058267465119399565"
    }
  }
]