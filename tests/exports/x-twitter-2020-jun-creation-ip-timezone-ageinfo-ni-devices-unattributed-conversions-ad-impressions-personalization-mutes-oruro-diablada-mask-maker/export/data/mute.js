window.YTD.mute.part0 = [ {
  "muting" : {
    "accountId" : "1139823309461233664",
    "userLink" : "https://twitter.com/intent/user?user_id=1139823309461233664"
  }
}, {
  "muting" : {
    "accountId" : "2891045717",
    "userLink" : "https://twitter.com/intent/user?user_id=2891045717"
  }
}, {
  "muting" : {
    "accountId" : "964410286127239168",
    "userLink" : "https://twitter.com/intent/user?user_id=964410286127239168"
  }
} ]