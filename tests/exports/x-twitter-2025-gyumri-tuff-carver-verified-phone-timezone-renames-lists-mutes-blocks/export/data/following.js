window.YTD.following.part0 = [
  {
    "following" : {
      "accountId" : "1457702918364520449",
      "userLink" : "https://twitter.com/intent/user?user_id=1457702918364520449"
    }
  },
  {
    "following" : {
      "accountId" : "2847719302",
      "userLink" : "https://twitter.com/intent/user?user_id=2847719302"
    }
  },
  {
    "following" : {
      "accountId" : "1699330214470860800",
      "userLink" : "https://twitter.com/intent/user?user_id=1699330214470860800"
    }
  },
  {
    "following" : {
      "accountId" : "118204775",
      "userLink" : "https://twitter.com/intent/user?user_id=118204775"
    }
  }
]
