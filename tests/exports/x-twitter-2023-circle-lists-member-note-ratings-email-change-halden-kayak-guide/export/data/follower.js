window.YTD.follower.part0 = [
  {
    "follower" : {
      "accountId" : "1376520984311762946",
      "userLink" : "https://twitter.com/intent/user?user_id=1376520984311762946"
    }
  },
  {
    "follower" : {
      "accountId" : "948217360",
      "userLink" : "https://twitter.com/intent/user?user_id=948217360"
    }
  },
  {
    "follower" : {
      "accountId" : "1511093378450087937",
      "userLink" : "https://twitter.com/intent/user?user_id=1511093378450087937"
    }
  }
]
