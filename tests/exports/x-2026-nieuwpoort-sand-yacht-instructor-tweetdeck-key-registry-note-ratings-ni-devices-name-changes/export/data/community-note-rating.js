window.YTD.community_note_rating.part0 = [
  {
    "communityNoteRating" : {
      "notHelpfulTags" : [
        "MissingKeyPoints",
        "SourcesMissingOrUnreliable"
      ],
      "noteId" : "1803377214650118144",
      "helpfulnessLevel" : "NotHelpful",
      "createdAt" : "2025-06-19T20:14:03.512Z",
      "userId" : "1429907731524018177"
    }
  },
  {
    "communityNoteRating" : {
      "notHelpfulTags" : [ ],
      "noteId" : "1811920458213302272",
      "helpfulnessLevel" : "Helpful",
      "createdAt" : "2025-07-11T06:47:38.090Z",
      "userId" : "1429907731524018177"
    }
  },
  {
    "communityNoteRating" : {
      "notHelpfulTags" : [
        "OpinionSpeculation"
      ],
      "noteId" : "1834502297781481472",
      "helpfulnessLevel" : "SomewhatHelpful",
      "createdAt" : "2025-09-13T21:30:55.417Z",
      "userId" : "1429907731524018177"
    }
  }
]
