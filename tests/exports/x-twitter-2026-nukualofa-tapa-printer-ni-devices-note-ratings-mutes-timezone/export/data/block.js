window.YTD.block.part0 = [
  {
    "blocking" : {
      "accountId" : "1498827364510293846",
      "userLink" : "https://twitter.com/intent/user?user_id=1498827364510293846"
    }
  }
]
