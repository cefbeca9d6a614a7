window.YTD.community_note_rating.part0 = [
  {
    "communityNoteRating" : {
      "notHelpfulTags" : [
        "MissingKeyPoints",
        "SourcesMissingOrUnreliable"
      ],
      "noteId" : "1758220394617855321",
      "helpfulnessLevel" : "NotHelpful",
      "createdAt" : "2024-02-18T19:05:41.310Z",
      "userId" : "1429876103552061441"
    }
  },
  {
    "communityNoteRating" : {
      "notHelpfulTags" : [ ],
      "noteId" : "1763009812455219640",
      "helpfulnessLevel" : "Helpful",
      "createdAt" : "2024-03-02T07:48:12.004Z",
      "userId" : "1429876103552061441"
    }
  },
  {
    "communityNoteRating" : {
      "notHelpfulTags" : [
        "OpinionSpeculation"
      ],
      "noteId" : "1770541226908143902",
      "helpfulnessLevel" : "SomewhatHelpful",
      "createdAt" : "2024-03-21T16:22:57.869Z",
      "userId" : "1429876103552061441"
    }
  }
]
