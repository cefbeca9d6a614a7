window.YTD.block.part0 = [
  {
    "blocking" : {
      "accountId" : "1766203148892057601",
      "userLink" : "https://twitter.com/intent/user?user_id=1766203148892057601"
    }
  },
  {
    "blocking" : {
      "accountId" : "1598437720115343360",
      "userLink" : "https://twitter.com/intent/user?user_id=1598437720115343360"
    }
  }
]