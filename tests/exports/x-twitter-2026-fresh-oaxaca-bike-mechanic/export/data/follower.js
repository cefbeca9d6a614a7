window.YTD.follower.part0 = [
  {
    "follower" : {
      "accountId" : "1623998877420195840",
      "userLink" : "https://twitter.com/intent/user?user_id=1623998877420195840"
    }
  },
  {
    "follower" : {
      "accountId" : "1402877190554157060",
      "userLink" : "https://twitter.com/intent/user?user_id=1402877190554157060"
    }
  },
  {
    "follower" : {
      "accountId" : "2913456012",
      "userLink" : "https://twitter.com/intent/user?user_id=2913456012"
    }
  }
]