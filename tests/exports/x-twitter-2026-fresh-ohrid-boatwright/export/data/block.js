window.YTD.block.part0 = [
  {
    "blocking" : {
      "accountId" : "1939816502919497431",
      "userLink" : "https://twitter.com/intent/user?user_id=1939816502919497431"
    }
  }
]