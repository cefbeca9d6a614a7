window.YTD.block.part0 = [
  {
    "blocking" : {
      "accountId" : "1602287561093509120",
      "userLink" : "https://twitter.com/intent/user?user_id=1602287561093509120"
    }
  },
  {
    "blocking" : {
      "accountId" : "2876105533",
      "userLink" : "https://twitter.com/intent/user?user_id=2876105533"
    }
  }
]