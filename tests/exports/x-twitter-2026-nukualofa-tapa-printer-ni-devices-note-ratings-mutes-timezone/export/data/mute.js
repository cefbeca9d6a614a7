window.YTD.mute.part0 = [
  {
    "muting" : {
      "accountId" : "1402938475610293847",
      "userLink" : "https://twitter.com/intent/user?user_id=1402938475610293847"
    }
  },
  {
    "muting" : {
      "accountId" : "88172635",
      "userLink" : "https://twitter.com/intent/user?user_id=88172635"
    }
  },
  {
    "muting" : {
      "accountId" : "1710293847561029384",
      "userLink" : "https://twitter.com/intent/user?user_id=1710293847561029384"
    }
  }
]
