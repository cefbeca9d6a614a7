window.YTD.follower.part0 = [
  {
    "follower" : {
      "accountId" : "1402918374650192834",
      "userLink" : "https://twitter.com/intent/user?user_id=1402918374650192834"
    }
  },
  {
    "follower" : {
      "accountId" : "274819203",
      "userLink" : "https://twitter.com/intent/user?user_id=274819203"
    }
  },
  {
    "follower" : {
      "accountId" : "1517293847561029384",
      "userLink" : "https://twitter.com/intent/user?user_id=1517293847561029384"
    }
  }
]