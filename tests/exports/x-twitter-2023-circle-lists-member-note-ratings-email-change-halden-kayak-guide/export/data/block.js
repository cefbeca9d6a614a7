window.YTD.block.part0 = [
  {
    "blocking" : {
      "accountId" : "1533907712846721025",
      "userLink" : "https://twitter.com/intent/user?user_id=1533907712846721025"
    }
  },
  {
    "blocking" : {
      "accountId" : "2983310457",
      "userLink" : "https://twitter.com/intent/user?user_id=2983310457"
    }
  }
]
