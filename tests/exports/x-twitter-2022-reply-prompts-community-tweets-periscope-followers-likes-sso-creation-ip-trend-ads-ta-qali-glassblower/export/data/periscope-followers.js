window.YTD.periscope_followers.part0 = [
  {
    "follower" : {
      "accountId" : "1mYqKdRvbWzAe"
    }
  },
  {
    "follower" : {
      "accountId" : "1eLjPoXnGzQkw"
    }
  }
]