window.YTD.follower.part0 = [
  {
    "follower" : {
      "accountId" : "1390066218817744897",
      "userLink" : "https://twitter.com/intent/user?user_id=1390066218817744897"
    }
  },
  {
    "follower" : {
      "accountId" : "412278805",
      "userLink" : "https://twitter.com/intent/user?user_id=412278805"
    }
  }
]