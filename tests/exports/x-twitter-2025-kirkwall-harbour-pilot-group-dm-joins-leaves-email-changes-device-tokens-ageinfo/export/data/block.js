window.YTD.block.part0 = [
  {
    "blocking" : {
      "accountId" : "1569234870112004097",
      "userLink" : "https://twitter.com/intent/user?user_id=1569234870112004097"
    }
  },
  {
    "blocking" : {
      "accountId" : "987650213",
      "userLink" : "https://twitter.com/intent/user?user_id=987650213"
    }
  }
]