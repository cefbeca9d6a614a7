window.YTD.following.part0 = [
  {
    "following" : {
      "accountId" : "1417027677193039290",
      "userLink" : "https://twitter.com/intent/user?user_id=1417027677193039290"
    }
  },
  {
    "following" : {
      "accountId" : "705095869528454122",
      "userLink" : "https://twitter.com/intent/user?user_id=705095869528454122"
    }
  }
]