window.YTD.following.part0 = [
  {
    "following" : {
      "accountId" : "3120458712",
      "userLink" : "https://twitter.com/intent/user?user_id=3120458712"
    }
  },
  {
    "following" : {
      "accountId" : "1001735171998558885",
      "userLink" : "https://twitter.com/intent/user?user_id=1001735171998558885"
    }
  },
  {
    "following" : {
      "accountId" : "1346436420992961933",
      "userLink" : "https://twitter.com/intent/user?user_id=1346436420992961933"
    }
  }
]