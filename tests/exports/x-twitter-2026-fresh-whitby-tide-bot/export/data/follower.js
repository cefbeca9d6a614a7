window.YTD.follower.part0 = [
  {
    "follower" : {
      "accountId" : "1284820279099704751",
      "userLink" : "https://twitter.com/intent/user?user_id=1284820279099704751"
    }
  },
  {
    "follower" : {
      "accountId" : "1501128086126851993",
      "userLink" : "https://twitter.com/intent/user?user_id=1501128086126851993"
    }
  },
  {
    "follower" : {
      "accountId" : "1604237755",
      "userLink" : "https://twitter.com/intent/user?user_id=1604237755"
    }
  },
  {
    "follower" : {
      "accountId" : "1144877263510773760",
      "userLink" : "https://twitter.com/intent/user?user_id=1144877263510773760"
    }
  }
]