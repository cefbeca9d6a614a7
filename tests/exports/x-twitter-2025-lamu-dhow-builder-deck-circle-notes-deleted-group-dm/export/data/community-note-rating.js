window.YTD.community_note_rating.part0 = [
  {
    "communityNoteRating" : {
      "notHelpfulTags" : [
        "MissingKeyPoints",
        "SourcesMissingOrUnreliable"
      ],
      "noteId" : "1882650917734412288",
      "helpfulnessLevel" : "NotHelpful",
      "createdAt" : "2025-01-24T06:48:13.902Z",
      "userId" : "1290448172063514625"
    }
  },
  {
    "communityNoteRating" : {
      "notHelpfulTags" : [ ],
      "noteId" : "1901127745501929473",
      "helpfulnessLevel" : "Helpful",
      "createdAt" : "2025-03-16T19:05:27.314Z",
      "userId" : "1290448172063514625"
    }
  }
]