window.YTD.community_note_rating.part0 = [
  {
    "communityNoteRating" : {
      "helpfulTags" : [
        "GoodSources",
        "Clear"
      ],
      "noteId" : "1822093311245678901",
      "helpfulnessLevel" : "Helpful",
      "createdAt" : "2024-08-09T19:22:48.310Z",
      "userId" : "1402338871"
    }
  },
  {
    "communityNoteRating" : {
      "notHelpfulTags" : [
        "OpinionSpeculation"
      ],
      "noteId" : "1834561209876543219",
      "helpfulnessLevel" : "NotHelpful",
      "createdAt" : "2024-09-13T08:05:11.902Z",
      "userId" : "1402338871"
    }
  }
]
