window.YTD.community_note_rating.part0 = [
  {
    "communityNoteRating" : {
      "noteId" : "1712000000000000345",
      "helpfulnessLevel" : "Helpful",
      "createdAt" : "2023-10-14T16:22:08.517Z",
      "userId" : "1496000000000000217",
      "helpfulTags" : [
        "GoodSources",
        "Clear"
      ]
    }
  },
  {
    "communityNoteRating" : {
      "notHelpfulTags" : [
        "OpinionSpeculation",
        "MissingKeyPoints"
      ],
      "noteId" : "1745000000000000811",
      "helpfulnessLevel" : "NotHelpful",
      "createdAt" : "2024-01-20T03:40:51.002Z",
      "userId" : "1496000000000000217"
    }
  },
  {
    "communityNoteRating" : {
      "noteId" : "1768000000000000129",
      "helpfulnessLevel" : "SomewhatHelpful",
      "createdAt" : "2024-03-27T21:15:33.760Z",
      "userId" : "1496000000000000217",
      "helpfulTags" : [
        "Informative"
      ]
    }
  }
]
