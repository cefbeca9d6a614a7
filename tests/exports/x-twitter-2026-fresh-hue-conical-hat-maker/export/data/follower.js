window.YTD.follower.part0 = [
  {
    "follower" : {
      "accountId" : "877506430630994262",
      "userLink" : "https://twitter.com/intent/user?user_id=877506430630994262"
    }
  },
  {
    "follower" : {
      "accountId" : "1543444469511380038",
      "userLink" : "https://twitter.com/intent/user?user_id=1543444469511380038"
    }
  },
  {
    "follower" : {
      "accountId" : "2841736290",
      "userLink" : "https://twitter.com/intent/user?user_id=2841736290"
    }
  }
]