window.YTD.mute.part0 = [
  {
    "muting" : {
      "accountId" : "1188540276493219841",
      "userLink" : "https://twitter.com/intent/user?user_id=1188540276493219841"
    }
  },
  {
    "muting" : {
      "accountId" : "902311457",
      "userLink" : "https://twitter.com/intent/user?user_id=902311457"
    }
  }
]
