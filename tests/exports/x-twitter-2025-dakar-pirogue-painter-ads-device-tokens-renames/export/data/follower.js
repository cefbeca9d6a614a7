window.YTD.follower.part0 = [
  {
    "follower" : {
      "accountId" : "1077301846292054016",
      "userLink" : "https://twitter.com/intent/user?user_id=1077301846292054016"
    }
  },
  {
    "follower" : {
      "accountId" : "1512209947183452161",
      "userLink" : "https://twitter.com/intent/user?user_id=1512209947183452161"
    }
  },
  {
    "follower" : {
      "accountId" : "2841069335",
      "userLink" : "https://twitter.com/intent/user?user_id=2841069335"
    }
  }
]