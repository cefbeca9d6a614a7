window.YTD.mute.part0 = [
  {
    "muting" : {
      "accountId" : "1318842076519141376",
      "userLink" : "https://twitter.com/intent/user?user_id=1318842076519141376"
    }
  },
  {
    "muting" : {
      "accountId" : "2954410673",
      "userLink" : "https://twitter.com/intent/user?user_id=2954410673"
    }
  },
  {
    "muting" : {
      "accountId" : "1501187736420511744",
      "userLink" : "https://twitter.com/intent/user?user_id=1501187736420511744"
    }
  }
]