window.YTD.mute.part0 = [
  {
    "muting" : {
      "accountId" : "1268000000000000902",
      "userLink" : "https://twitter.com/intent/user?user_id=1268000000000000902"
    }
  },
  {
    "muting" : {
      "accountId" : "2950012387",
      "userLink" : "https://twitter.com/intent/user?user_id=2950012387"
    }
  },
  {
    "muting" : {
      "accountId" : "1755000000000000113",
      "userLink" : "https://twitter.com/intent/user?user_id=1755000000000000113"
    }
  }
]