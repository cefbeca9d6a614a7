window.YTD.community_note_tombstone.part0 = [
  {
    "communityNoteTombstone" : {
      "noteId" : "1908846617290334420",
      "userId" : "1372904518836142081",
      "createdAt" : "2025-04-06T13:17:45.773Z",
      "deletedAt" : "2025-04-06T19:02:31.118Z"
    }
  }
]