window.YTD.following.part0 = [
  {
    "following" : {
      "accountId" : "430309692011449361",
      "userLink" : "https://twitter.com/intent/user?user_id=430309692011449361"
    }
  },
  {
    "following" : {
      "accountId" : "336763291038654210",
      "userLink" : "https://twitter.com/intent/user?user_id=336763291038654210"
    }
  },
  {
    "following" : {
      "accountId" : "418827365",
      "userLink" : "https://twitter.com/intent/user?user_id=418827365"
    }
  }
]