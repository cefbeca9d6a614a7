window.YTD.mute.part0 = [
  {
    "muting" : {
      "accountId" : "1440912837465102337",
      "userLink" : "https://twitter.com/intent/user?user_id=1440912837465102337"
    }
  },
  {
    "muting" : {
      "accountId" : "893310264518225920",
      "userLink" : "https://twitter.com/intent/user?user_id=893310264518225920"
    }
  }
]