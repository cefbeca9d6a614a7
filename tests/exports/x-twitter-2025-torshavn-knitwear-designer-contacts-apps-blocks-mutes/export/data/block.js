window.YTD.block.part0 = [
  {
    "blocking" : {
      "accountId" : "1788400000000000051",
      "userLink" : "https://twitter.com/intent/user?user_id=1788400000000000051"
    }
  },
  {
    "blocking" : {
      "accountId" : "988123400",
      "userLink" : "https://twitter.com/intent/user?user_id=988123400"
    }
  }
]