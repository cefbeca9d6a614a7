window.YTD.follower.part0 = [
  {
    "follower" : {
      "accountId" : "1530067712948301826",
      "userLink" : "https://twitter.com/intent/user?user_id=1530067712948301826"
    }
  },
  {
    "follower" : {
      "accountId" : "3308841955",
      "userLink" : "https://twitter.com/intent/user?user_id=3308841955"
    }
  }
]
