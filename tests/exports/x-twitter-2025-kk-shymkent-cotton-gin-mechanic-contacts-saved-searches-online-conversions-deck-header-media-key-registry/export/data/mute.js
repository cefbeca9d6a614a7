window.YTD.mute.part0 = [
  {
    "muting" : {
      "accountId" : "1478820036915523584",
      "userLink" : "https://twitter.com/intent/user?user_id=1478820036915523584"
    }
  },
  {
    "muting" : {
      "accountId" : "902716455381102592",
      "userLink" : "https://twitter.com/intent/user?user_id=902716455381102592"
    }
  }
]