window.YTD.following.part0 = [
  {
    "following" : {
      "accountId" : "1383229388357172289",
      "userLink" : "https://twitter.com/intent/user?user_id=1383229388357172289"
    }
  },
  {
    "following" : {
      "accountId" : "877506430630994262",
      "userLink" : "https://twitter.com/intent/user?user_id=877506430630994262"
    }
  },
  {
    "following" : {
      "accountId" : "301486625",
      "userLink" : "https://twitter.com/intent/user?user_id=301486625"
    }
  }
]