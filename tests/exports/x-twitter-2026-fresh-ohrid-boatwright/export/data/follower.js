window.YTD.follower.part0 = [
  {
    "follower" : {
      "accountId" : "705095869528454122",
      "userLink" : "https://twitter.com/intent/user?user_id=705095869528454122"
    }
  },
  {
    "follower" : {
      "accountId" : "2874401193",
      "userLink" : "https://twitter.com/intent/user?user_id=2874401193"
    }
  }
]