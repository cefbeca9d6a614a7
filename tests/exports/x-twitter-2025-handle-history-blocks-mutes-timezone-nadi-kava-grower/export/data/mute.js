window.YTD.mute.part0 = [
  {
    "muting" : {
      "accountId" : "4418902736",
      "userLink" : "https://twitter.com/intent/user?user_id=4418902736"
    }
  },
  {
    "muting" : {
      "accountId" : "1711820394857201664",
      "userLink" : "https://twitter.com/intent/user?user_id=1711820394857201664"
    }
  },
  {
    "muting" : {
      "accountId" : "87712093",
      "userLink" : "https://twitter.com/intent/user?user_id=87712093"
    }
  }
]
