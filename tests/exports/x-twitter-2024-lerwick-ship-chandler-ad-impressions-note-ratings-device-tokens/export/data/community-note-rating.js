window.YTD.community_note_rating.part0 = [
  {
    "communityNoteRating" : {
      "notHelpfulTags" : [
        "MissingKeyPoints",
        "SourcesMissingOrUnreliable"
      ],
      "noteId" : "1768204417395302614",
      "helpfulnessLevel" : "NotHelpful",
      "createdAt" : "2024-03-15T21:07:44.312Z",
      "userId" : "1498273650183647232"
    }
  },
  {
    "communityNoteRating" : {
      "notHelpfulTags" : [ ],
      "noteId" : "1771839056127098880",
      "helpfulnessLevel" : "Helpful",
      "createdAt" : "2024-03-25T08:52:19.006Z",
      "userId" : "1498273650183647232"
    }
  },
  {
    "communityNoteRating" : {
      "notHelpfulTags" : [ ],
      "noteId" : "1776420981635121152",
      "helpfulnessLevel" : "SomewhatHelpful",
      "createdAt" : "2024-04-06T17:33:58.740Z",
      "userId" : "1498273650183647232"
    }
  }
]
