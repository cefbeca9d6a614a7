window.YTD.follower.part0 = [
  {
    "follower" : {
      "accountId" : "1566053567427644229",
      "userLink" : "https://twitter.com/intent/user?user_id=1566053567427644229"
    }
  },
  {
    "follower" : {
      "accountId" : "1236837823019235315",
      "userLink" : "https://twitter.com/intent/user?user_id=1236837823019235315"
    }
  },
  {
    "follower" : {
      "accountId" : "1689234570",
      "userLink" : "https://twitter.com/intent/user?user_id=1689234570"
    }
  }
]