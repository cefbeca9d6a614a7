window.YTD.block.part0 = [
  {
    "blocking" : {
      "accountId" : "1688200349915602944",
      "userLink" : "https://twitter.com/intent/user?user_id=1688200349915602944"
    }
  },
  {
    "blocking" : {
      "accountId" : "1710455862217388033",
      "userLink" : "https://twitter.com/intent/user?user_id=1710455862217388033"
    }
  }
]