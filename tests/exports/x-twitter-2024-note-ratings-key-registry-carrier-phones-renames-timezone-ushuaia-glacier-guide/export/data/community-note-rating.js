window.YTD.community_note_rating.part0 = [
  {
    "communityNoteRating" : {
      "notHelpfulTags" : [
        "MissingKeyPoints",
        "SourcesMissingOrUnreliable"
      ],
      "noteId" : "1762093847712093184",
      "helpfulnessLevel" : "NotHelpful",
      "createdAt" : "2024-02-27T14:03:51.207Z",
      "userId" : "1487302215566028801"
    }
  },
  {
    "communityNoteRating" : {
      "notHelpfulTags" : [],
      "noteId" : "1771850293347729408",
      "helpfulnessLevel" : "Helpful",
      "createdAt" : "2024-03-25T22:41:09.558Z",
      "userId" : "1487302215566028801"
    }
  },
  {
    "communityNoteRating" : {
      "notHelpfulTags" : [
        "OpinionSpeculation"
      ],
      "noteId" : "1790118834457104384",
      "helpfulnessLevel" : "SomewhatHelpful",
      "createdAt" : "2024-05-13T09:17:44.032Z",
      "userId" : "1487302215566028801"
    }
  }
]