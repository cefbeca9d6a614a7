window.YTD.mute.part0 = [
  {
    "muting" : {
      "accountId" : "1419307562284019712",
      "userLink" : "https://twitter.com/intent/user?user_id=1419307562284019712"
    }
  },
  {
    "muting" : {
      "accountId" : "98127364",
      "userLink" : "https://twitter.com/intent/user?user_id=98127364"
    }
  },
  {
    "muting" : {
      "accountId" : "1702284915527065600",
      "userLink" : "https://twitter.com/intent/user?user_id=1702284915527065600"
    }
  }
]
