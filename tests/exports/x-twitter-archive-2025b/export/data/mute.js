window.YTD.mute.part0 = [
  {
    "muting" : {
      "accountId" : "1290455817338126337",
      "userLink" : "https://twitter.com/intent/user?user_id=1290455817338126337"
    }
  },
  {
    "muting" : {
      "accountId" : "482209716",
      "userLink" : "https://twitter.com/intent/user?user_id=482209716"
    }
  }
]
