window.YTD.mute.part0 = [
  {
    "muting" : {
      "accountId" : "1324294245578554763",
      "userLink" : "https://twitter.com/intent/user?user_id=1324294245578554763"
    }
  }
]