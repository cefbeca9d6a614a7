window.YTD.mute.part0 = [
  {
    "muting" : {
      "accountId" : "1720044518800123904",
      "userLink" : "https://twitter.com/intent/user?user_id=1720044518800123904"
    }
  },
  {
    "muting" : {
      "accountId" : "2294001187",
      "userLink" : "https://twitter.com/intent/user?user_id=2294001187"
    }
  },
  {
    "muting" : {
      "accountId" : "1102938475610293847",
      "userLink" : "https://twitter.com/intent/user?user_id=1102938475610293847"
    }
  }
]