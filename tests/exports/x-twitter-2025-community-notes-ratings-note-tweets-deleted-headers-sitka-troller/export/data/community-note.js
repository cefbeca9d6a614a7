window.YTD.community_note.part0 = [
  {
    "communityNote" : {
      "noteId" : "1921877042365517914",
      "userId" : "1372904518836142081",
      "createdAt" : "2025-05-12T17:22:09.418Z",
      "tweetId" : "1921790338561025187",
      "summary" : "The chart shows the 2019 king salmon harvest, not this season's. The Alaska Department of Fish and Game posts the current in-season numbers weekly: https://www.example.org/adfg/troll-harvest-2025",
      "classification" : "MISINFORMED_OR_POTENTIALLY_MISLEADING",
      "believable" : "BELIEVABLE_BY_MANY",
      "trustworthySources" : 1,
      "misleadingTags" : [
        "misleadingOutdatedInformation"
      ],
      "notMisleadingTags" : [ ],
      "harmful" : "LITTLE_HARM",
      "validation" : "EASY",
      "userAlias" : "steady-cedar-puffin"
    }
  },
  {
    "communityNote" : {
      "noteId" : "1950213388104671305",
      "userId" : "1372904518836142081",
      "createdAt" : "2025-07-29T04:51:37.062Z",
      "tweetId" : "1950165917203587240",
      "summary" : "The video is from Sitka Sound, as the post says; the humpbacks were bubble-net feeding, which is normal in July and not a sign of distress.",
      "classification" : "NOT_MISLEADING",
      "believable" : "BELIEVABLE_BY_FEW",
      "trustworthySources" : 0,
      "misleadingTags" : [ ],
      "notMisleadingTags" : [
        "notMisleadingFactuallyCorrect",
        "notMisleadingClearlySatire"
      ],
      "harmful" : "LITTLE_HARM",
      "validation" : "CHALLENGING",
      "userAlias" : "steady-cedar-puffin"
    }
  }
]