window.YTD.periscope_comments_made_by_user.part0 = [
  {
    "periscopeCommentsMadeByUser" : {
      "broadcastId" : "1yNGaYzQwLbKj",
      "byAccountId" : "1vOxwMnQbLdGB",
      "createdAt" : "2022-10-14T20:05:12.418Z",
      "text" : "Hæ frá Akureyri! 👋"
    }
  },
  {
    "periscopeCommentsMadeByUser" : {
      "broadcastId" : "1yNGaYzQwLbKj",
      "byAccountId" : "1vOxwMnQbLdGB",
      "createdAt" : "2022-10-14T20:07:48.902Z",
      "text" : "Hvaða garn er þetta? Lítur út eins og léttlopi"
    }
  },
  {
    "periscopeCommentsMadeByUser" : {
      "broadcastId" : "1yNGaYzQwLbKj",
      "byAccountId" : "1vOxwMnQbLdGB",
      "createdAt" : "2022-10-14T20:11:03.275Z",
      "text" : "takk!! 🧶"
    }
  },
  {
    "periscopeCommentsMadeByUser" : {
      "broadcastId" : "1ZkKzRbEqXnGv",
      "byAccountId" : "1vOxwMnQbLdGB",
      "createdAt" : "2023-01-22T11:32:57.061Z",
      "text" : "Can you show the steek again, the camera froze for me"
    }
  }
]
