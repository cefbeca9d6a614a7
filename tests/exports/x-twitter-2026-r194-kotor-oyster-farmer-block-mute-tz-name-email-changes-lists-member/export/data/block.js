window.YTD.block.part0 = [
  {
    "blocking" : {
      "accountId" : "1620034918273645568",
      "userLink" : "https://twitter.com/intent/user?user_id=1620034918273645568"
    }
  },
  {
    "blocking" : {
      "accountId" : "987341120554",
      "userLink" : "https://twitter.com/intent/user?user_id=987341120554"
    }
  }
]