window.YTD.community_note_rating.part0 = [
  {
    "communityNoteRating" : {
      "notHelpfulTags" : [
        "MissingKeyPoints",
        "SourcesMissingOrUnreliable"
      ],
      "noteId" : "1689902217345536014",
      "helpfulnessLevel" : "NotHelpful",
      "createdAt" : "2023-08-11T07:22:48.903Z",
      "userId" : "1287344061902254081"
    }
  },
  {
    "communityNoteRating" : {
      "notHelpfulTags" : [ ],
      "noteId" : "1702514480021893120",
      "helpfulnessLevel" : "Helpful",
      "createdAt" : "2023-09-15T20:41:03.117Z",
      "userId" : "1287344061902254081"
    }
  }
]
