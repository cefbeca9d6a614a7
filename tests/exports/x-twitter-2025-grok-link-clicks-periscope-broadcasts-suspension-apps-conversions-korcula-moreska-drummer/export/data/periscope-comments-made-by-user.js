window.YTD.periscope_comments_made_by_user.part0 = [
  {
    "periscopeCommentsMadeByUser" : {
      "broadcastId" : "1DXxyZbWqLmKo",
      "byAccountId" : "1MnGzXkQaPjRw",
      "createdAt" : "2022-07-16T20:14:08.553Z",
      "text" : "Bravo Blato! Kumpanija izgleda odlično 👏"
    }
  },
  {
    "periscopeCommentsMadeByUser" : {
      "broadcastId" : "1RDGlaVnpQkJX",
      "byAccountId" : "1MnGzXkQaPjRw",
      "createdAt" : "2023-04-22T09:31:47.210Z",
      "text" : "Which rope did you use for the tension? Ours keeps stretching."
    }
  }
]