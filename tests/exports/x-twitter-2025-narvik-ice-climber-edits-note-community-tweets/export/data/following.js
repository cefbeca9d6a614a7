window.YTD.following.part0 = [
  {
    "following" : {
      "accountId" : "1403928571102938112",
      "userLink" : "https://twitter.com/intent/user?user_id=1403928571102938112"
    }
  },
  {
    "following" : {
      "accountId" : "2940517730",
      "userLink" : "https://twitter.com/intent/user?user_id=2940517730"
    }
  }
]
