window.YTD.periscope_followers.part0 = [
  {
    "follower" : {
      "accountId" : "1mnxeWqAPLdKJ"
    }
  },
  {
    "follower" : {
      "accountId" : "1DXxyRkZvLpGb"
    }
  }
]
