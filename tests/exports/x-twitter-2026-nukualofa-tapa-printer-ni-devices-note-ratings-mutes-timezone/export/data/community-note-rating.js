window.YTD.community_note_rating.part0 = [
  {
    "communityNoteRating" : {
      "notHelpfulTags" : [
        "MissingKeyPoints",
        "SourcesMissingOrUnreliable"
      ],
      "noteId" : "1873302219948810241",
      "helpfulnessLevel" : "NotHelpful",
      "createdAt" : "2025-01-04T08:17:52.431Z",
      "userId" : "1561029384756102938"
    }
  },
  {
    "communityNoteRating" : {
      "notHelpfulTags" : [ ],
      "noteId" : "1902254871100337669",
      "helpfulnessLevel" : "Helpful",
      "createdAt" : "2025-03-21T19:44:06.008Z",
      "userId" : "1561029384756102938"
    }
  },
  {
    "communityNoteRating" : {
      "notHelpfulTags" : [
        "OpinionSpeculation"
      ],
      "noteId" : "1931406652018823170",
      "helpfulnessLevel" : "SomewhatHelpful",
      "createdAt" : "2025-06-11T02:05:33.760Z",
      "userId" : "1561029384756102938"
    }
  }
]
