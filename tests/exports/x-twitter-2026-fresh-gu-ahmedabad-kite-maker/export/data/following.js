window.YTD.following.part0 = [
  {
    "following" : {
      "accountId" : "1029231825744239111",
      "userLink" : "https://twitter.com/intent/user?user_id=1029231825744239111"
    }
  },
  {
    "following" : {
      "accountId" : "1278020527570600929",
      "userLink" : "https://twitter.com/intent/user?user_id=1278020527570600929"
    }
  }
]