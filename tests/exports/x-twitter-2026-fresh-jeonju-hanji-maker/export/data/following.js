window.YTD.following.part0 = [
  {
    "following" : {
      "accountId" : "851683732486934273",
      "userLink" : "https://twitter.com/intent/user?user_id=851683732486934273"
    }
  },
  {
    "following" : {
      "accountId" : "1566053567427644229",
      "userLink" : "https://twitter.com/intent/user?user_id=1566053567427644229"
    }
  },
  {
    "following" : {
      "accountId" : "307715294",
      "userLink" : "https://twitter.com/intent/user?user_id=307715294"
    }
  }
]