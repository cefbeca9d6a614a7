window.YTD.block.part0 = [
  {
    "blocking" : {
      "accountId" : "1402938475610293847",
      "userLink" : "https://twitter.com/intent/user?user_id=1402938475610293847"
    }
  },
  {
    "blocking" : {
      "accountId" : "298374651",
      "userLink" : "https://twitter.com/intent/user?user_id=298374651"
    }
  }
]
