window.YTD.follower.part0 = [
  {
    "follower" : {
      "accountId" : "2987410655",
      "userLink" : "https://twitter.com/intent/user?user_id=2987410655"
    }
  },
  {
    "follower" : {
      "accountId" : "1420077319648522240",
      "userLink" : "https://twitter.com/intent/user?user_id=1420077319648522240"
    }
  },
  {
    "follower" : {
      "accountId" : "846120553",
      "userLink" : "https://twitter.com/intent/user?user_id=846120553"
    }
  }
]