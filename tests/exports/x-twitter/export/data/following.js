window.YTD.following.part0 = [
  {
    "following" : {
      "accountId" : "1300000000000000042",
      "userLink" : "https://twitter.com/intent/user?user_id=1300000000000000042"
    }
  },
  {
    "following" : {
      "accountId" : "44196397000",
      "userLink" : "https://twitter.com/intent/user?user_id=44196397000"
    }
  },
  {
    "following" : {
      "accountId" : "1400000000000000099",
      "userLink" : "https://twitter.com/intent/user?user_id=1400000000000000099"
    }
  },
  {
    "following" : {
      "accountId" : "2200000012",
      "userLink" : "https://twitter.com/intent/user?user_id=2200000012"
    }
  }
]