window.YTD.block.part0 = [
  {
    "blocking" : {
      "accountId" : "1593302847120384002",
      "userLink" : "https://twitter.com/intent/user?user_id=1593302847120384002"
    }
  },
  {
    "blocking" : {
      "accountId" : "902114578",
      "userLink" : "https://twitter.com/intent/user?user_id=902114578"
    }
  },
  {
    "blocking" : {
      "accountId" : "1731840295517204481",
      "userLink" : "https://twitter.com/intent/user?user_id=1731840295517204481"
    }
  }
]
