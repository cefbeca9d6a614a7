window.YTD.following.part0 = [
  {
    "following" : {
      "accountId" : "1190334817750552576",
      "userLink" : "https://twitter.com/intent/user?user_id=1190334817750552576"
    }
  },
  {
    "following" : {
      "accountId" : "419920381",
      "userLink" : "https://twitter.com/intent/user?user_id=419920381"
    }
  }
]
