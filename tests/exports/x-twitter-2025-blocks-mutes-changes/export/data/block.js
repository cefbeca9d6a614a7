window.YTD.block.part0 = [
  {
    "blocking" : {
      "accountId" : "1623380045512974337",
      "userLink" : "https://twitter.com/intent/user?user_id=1623380045512974337"
    }
  },
  {
    "blocking" : {
      "accountId" : "2981136470",
      "userLink" : "https://twitter.com/intent/user?user_id=2981136470"
    }
  }
]
