window.YTD.mute.part0 = [
  {
    "muting" : {
      "accountId" : "1587221904417538049",
      "userLink" : "https://twitter.com/intent/user?user_id=1587221904417538049"
    }
  },
  {
    "muting" : {
      "accountId" : "3319904721",
      "userLink" : "https://twitter.com/intent/user?user_id=3319904721"
    }
  }
]