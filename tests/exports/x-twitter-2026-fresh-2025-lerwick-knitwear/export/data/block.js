window.YTD.block.part0 = [
  {
    "blocking" : {
      "accountId" : "1994967804670903207",
      "userLink" : "https://twitter.com/intent/user?user_id=1994967804670903207"
    }
  }
]