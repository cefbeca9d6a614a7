window.YTD.follower.part0 = [
  {
    "follower" : {
      "accountId" : "555847201",
      "userLink" : "https://twitter.com/intent/user?user_id=555847201"
    }
  },
  {
    "follower" : {
      "accountId" : "1555310928374615",
      "userLink" : "https://twitter.com/intent/user?user_id=1555310928374615"
    }
  },
  {
    "follower" : {
      "accountId" : "1555629103847562",
      "userLink" : "https://twitter.com/intent/user?user_id=1555629103847562"
    }
  }
]
