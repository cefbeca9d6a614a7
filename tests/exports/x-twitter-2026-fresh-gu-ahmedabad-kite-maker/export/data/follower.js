window.YTD.follower.part0 = [
  {
    "follower" : {
      "accountId" : "1359792805517564676",
      "userLink" : "https://twitter.com/intent/user?user_id=1359792805517564676"
    }
  },
  {
    "follower" : {
      "accountId" : "1278020527570600929",
      "userLink" : "https://twitter.com/intent/user?user_id=1278020527570600929"
    }
  }
]