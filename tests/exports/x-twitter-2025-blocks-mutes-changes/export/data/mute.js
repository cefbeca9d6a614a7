window.YTD.mute.part0 = [
  {
    "muting" : {
      "accountId" : "1402257718830411779",
      "userLink" : "https://twitter.com/intent/user?user_id=1402257718830411779"
    }
  },
  {
    "muting" : {
      "accountId" : "87730215",
      "userLink" : "https://twitter.com/intent/user?user_id=87730215"
    }
  },
  {
    "muting" : {
      "accountId" : "1735092284661133312",
      "userLink" : "https://twitter.com/intent/user?user_id=1735092284661133312"
    }
  }
]
