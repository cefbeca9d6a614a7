window.YTD.follower.part0 = [
  {
    "follower" : {
      "accountId" : "1588244619064246572",
      "userLink" : "https://twitter.com/intent/user?user_id=1588244619064246572"
    }
  },
  {
    "follower" : {
      "accountId" : "2894475112",
      "userLink" : "https://twitter.com/intent/user?user_id=2894475112"
    }
  }
]