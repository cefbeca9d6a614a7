window.YTD.follower.part0 = [
  {
    "follower" : {
      "accountId" : "1422058139700412418",
      "userLink" : "https://twitter.com/intent/user?user_id=1422058139700412418"
    }
  },
  {
    "follower" : {
      "accountId" : "2780544179",
      "userLink" : "https://twitter.com/intent/user?user_id=2780544179"
    }
  },
  {
    "follower" : {
      "accountId" : "1598320446812307456",
      "userLink" : "https://twitter.com/intent/user?user_id=1598320446812307456"
    }
  },
  {
    "follower" : {
      "accountId" : "886102553948119040",
      "userLink" : "https://twitter.com/intent/user?user_id=886102553948119040"
    }
  }
]