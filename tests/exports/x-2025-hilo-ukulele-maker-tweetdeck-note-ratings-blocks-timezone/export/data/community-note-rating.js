window.YTD.community_note_rating.part0 = [
  {
    "communityNoteRating" : {
      "notHelpfulTags" : [
        "OpinionSpeculation",
        "NoteNotNeeded"
      ],
      "noteId" : "1829304417762058241",
      "helpfulnessLevel" : "NotHelpful",
      "createdAt" : "2024-08-30T07:41:18.204Z",
      "userId" : "1284710093625815041"
    }
  },
  {
    "communityNoteRating" : {
      "notHelpfulTags" : [ ],
      "noteId" : "1856017730148392961",
      "helpfulnessLevel" : "Helpful",
      "createdAt" : "2024-11-12T19:03:52.617Z",
      "userId" : "1284710093625815041"
    }
  },
  {
    "communityNoteRating" : {
      "notHelpfulTags" : [
        "SourcesMissingOrUnreliable"
      ],
      "noteId" : "1902448316027719682",
      "helpfulnessLevel" : "SomewhatHelpful",
      "createdAt" : "2025-03-20T02:27:09.955Z",
      "userId" : "1284710093625815041"
    }
  }
]
