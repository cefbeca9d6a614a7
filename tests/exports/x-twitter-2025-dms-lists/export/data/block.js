window.YTD.block.part0 = [
  {
    "blocking" : {
      "accountId" : "1839000000000000455",
      "userLink" : "https://twitter.com/intent/user?user_id=1839000000000000455"
    }
  },
  {
    "blocking" : {
      "accountId" : "77120034551",
      "userLink" : "https://twitter.com/intent/user?user_id=77120034551"
    }
  }
]