window.YTD.periscope_followers.part0 = [
  {
    "follower" : {
      "accountId" : "1lDGLwRqZbXve"
    }
  }
]