window.YTD.community_note_tombstone.part0 = [
  {
    "communityNoteTombstone" : {
      "noteId" : "1876512094438113284",
      "userId" : "1634829105526497280",
      "createdAt" : "2025-01-07T21:15:33.027Z",
      "deletedAt" : "2025-01-08T07:02:19.644Z"
    }
  }
]
