window.YTD.follower.part0 = [
  {
    "follower" : {
      "accountId" : "1157232357405633425",
      "userLink" : "https://twitter.com/intent/user?user_id=1157232357405633425"
    }
  },
  {
    "follower" : {
      "accountId" : "418827365",
      "userLink" : "https://twitter.com/intent/user?user_id=418827365"
    }
  },
  {
    "follower" : {
      "accountId" : "336763291038654210",
      "userLink" : "https://twitter.com/intent/user?user_id=336763291038654210"
    }
  }
]