window.YTD.mute.part0 = [
  {
    "muting" : {
      "accountId" : "1377000000000000412",
      "userLink" : "https://twitter.com/intent/user?user_id=1377000000000000412"
    }
  },
  {
    "muting" : {
      "accountId" : "904417000000",
      "userLink" : "https://twitter.com/intent/user?user_id=904417000000"
    }
  }
]
