window.YTD.mute.part0 = [
  {
    "muting" : {
      "accountId" : "1512000000000000733",
      "userLink" : "https://twitter.com/intent/user?user_id=1512000000000000733"
    }
  },
  {
    "muting" : {
      "accountId" : "44018822",
      "userLink" : "https://twitter.com/intent/user?user_id=44018822"
    }
  },
  {
    "muting" : {
      "accountId" : "1690000000000000209",
      "userLink" : "https://twitter.com/intent/user?user_id=1690000000000000209"
    }
  }
]