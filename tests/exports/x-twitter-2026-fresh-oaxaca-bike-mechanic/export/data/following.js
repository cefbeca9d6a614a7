window.YTD.following.part0 = [
  {
    "following" : {
      "accountId" : "1402877190554157060",
      "userLink" : "https://twitter.com/intent/user?user_id=1402877190554157060"
    }
  },
  {
    "following" : {
      "accountId" : "1789034512267735041",
      "userLink" : "https://twitter.com/intent/user?user_id=1789034512267735041"
    }
  },
  {
    "following" : {
      "accountId" : "118273645",
      "userLink" : "https://twitter.com/intent/user?user_id=118273645"
    }
  },
  {
    "following" : {
      "accountId" : "1555012348875292673",
      "userLink" : "https://twitter.com/intent/user?user_id=1555012348875292673"
    }
  }
]