window.YTD.block.part0 = [
  {
    "blocking" : {
      "accountId" : "1498877001234567890",
      "userLink" : "https://twitter.com/intent/user?user_id=1498877001234567890"
    }
  },
  {
    "blocking" : {
      "accountId" : "987650012",
      "userLink" : "https://twitter.com/intent/user?user_id=987650012"
    }
  }
]