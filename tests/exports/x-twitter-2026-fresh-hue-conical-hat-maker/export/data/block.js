window.YTD.block.part0 = [
  {
    "blocking" : {
      "accountId" : "1829606018905177081",
      "userLink" : "https://twitter.com/intent/user?user_id=1829606018905177081"
    }
  }
]