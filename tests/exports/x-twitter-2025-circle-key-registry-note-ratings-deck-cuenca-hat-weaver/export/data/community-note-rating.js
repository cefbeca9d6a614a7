window.YTD.community_note_rating.part0 = [
  {
    "communityNoteRating" : {
      "notHelpfulTags" : [
        "NoteNotNeeded",
        "MissingKeyPoints"
      ],
      "noteId" : "1887402563318845211",
      "helpfulnessLevel" : "NotHelpful",
      "createdAt" : "2025-03-11T15:26:09.442Z",
      "userId" : "1402857719034265601"
    }
  },
  {
    "communityNoteRating" : {
      "notHelpfulTags" : [ ],
      "noteId" : "1902219874406113920",
      "helpfulnessLevel" : "Helpful",
      "createdAt" : "2025-04-27T21:03:55.910Z",
      "userId" : "1402857719034265601"
    }
  },
  {
    "communityNoteRating" : {
      "notHelpfulTags" : [
        "OpinionSpeculation"
      ],
      "noteId" : "1935560148827301088",
      "helpfulnessLevel" : "SomewhatHelpful",
      "createdAt" : "2025-07-09T10:41:17.006Z",
      "userId" : "1402857719034265601"
    }
  }
]
