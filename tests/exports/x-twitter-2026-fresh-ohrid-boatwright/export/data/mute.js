window.YTD.mute.part0 = [
  {
    "muting" : {
      "accountId" : "1228257573077100901",
      "userLink" : "https://twitter.com/intent/user?user_id=1228257573077100901"
    }
  }
]