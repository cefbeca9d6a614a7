window.YTD.following.part0 = [
  {
    "following" : {
      "accountId" : "705031336385052749",
      "userLink" : "https://twitter.com/intent/user?user_id=705031336385052749"
    }
  },
  {
    "following" : {
      "accountId" : "148802317",
      "userLink" : "https://twitter.com/intent/user?user_id=148802317"
    }
  }
]