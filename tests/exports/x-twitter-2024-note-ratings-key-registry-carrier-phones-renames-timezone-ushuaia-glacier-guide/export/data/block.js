window.YTD.block.part0 = [
  {
    "blocking" : {
      "accountId" : "1322845099177304064",
      "userLink" : "https://twitter.com/intent/user?user_id=1322845099177304064"
    }
  },
  {
    "blocking" : {
      "accountId" : "2987104455",
      "userLink" : "https://twitter.com/intent/user?user_id=2987104455"
    }
  }
]