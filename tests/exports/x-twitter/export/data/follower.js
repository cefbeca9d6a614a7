window.YTD.follower.part0 = [
  {
    "follower" : {
      "accountId" : "1300000000000000042",
      "userLink" : "https://twitter.com/intent/user?user_id=1300000000000000042"
    }
  },
  {
    "follower" : {
      "accountId" : "987650001",
      "userLink" : "https://twitter.com/intent/user?user_id=987650001"
    }
  },
  {
    "follower" : {
      "accountId" : "1550000000000000077",
      "userLink" : "https://twitter.com/intent/user?user_id=1550000000000000077"
    }
  }
]