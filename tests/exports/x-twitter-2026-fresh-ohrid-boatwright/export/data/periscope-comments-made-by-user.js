window.YTD.periscope_comments_made_by_user.part0 = [
  {
    "periscopeCommentsMadeByUser" : {
      "broadcastId" : "1mnxePqRwZaKJ",
      "byAccountId" : "1eaJkPwRbzmXq",
      "createdAt" : "2026-07-03T18:25:49.117Z",
      "text" : "Which glue for the scarf joint, epoxy or the old pine tar?"
    }
  }
]