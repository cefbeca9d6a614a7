window.YTD.following.part0 = [
  {
    "following" : {
      "accountId" : "2987410655",
      "userLink" : "https://twitter.com/intent/user?user_id=2987410655"
    }
  },
  {
    "following" : {
      "accountId" : "1573320981045612544",
      "userLink" : "https://twitter.com/intent/user?user_id=1573320981045612544"
    }
  },
  {
    "following" : {
      "accountId" : "19204857",
      "userLink" : "https://twitter.com/intent/user?user_id=19204857"
    }
  }
]