window.YTD.community_note_rating.part0 = [
  {
    "communityNoteRating" : {
      "noteId" : "1889403176520044611",
      "helpfulnessLevel" : "Helpful",
      "createdAt" : "2025-02-11T22:08:14.930Z",
      "userId" : "1372904518836142081",
      "helpfulTags" : [
        "GoodSources",
        "ImportantContext"
      ]
    }
  },
  {
    "communityNoteRating" : {
      "notHelpfulTags" : [
        "MissingKeyPoints"
      ],
      "noteId" : "1903317762091528302",
      "helpfulnessLevel" : "NotHelpful",
      "createdAt" : "2025-03-22T06:44:50.217Z",
      "userId" : "1372904518836142081"
    }
  },
  {
    "communityNoteRating" : {
      "noteId" : "1937150284617723155",
      "helpfulnessLevel" : "SomewhatHelpful",
      "createdAt" : "2025-06-23T15:31:02.604Z",
      "userId" : "1372904518836142081",
      "helpfulTags" : [
        "Clear"
      ]
    }
  }
]