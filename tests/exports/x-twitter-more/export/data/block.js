window.YTD.block.part0 = [
  {
    "blocking" : {
      "accountId" : "1502000000000000311",
      "userLink" : "https://twitter.com/intent/user?user_id=1502000000000000311"
    }
  },
  {
    "blocking" : {
      "accountId" : "88123400077",
      "userLink" : "https://twitter.com/intent/user?user_id=88123400077"
    }
  }
]