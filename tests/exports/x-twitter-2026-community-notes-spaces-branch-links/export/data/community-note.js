window.YTD.community_note.part0 = [
  {
    "communityNote" : {
      "noteId" : "1890417725531648012",
      "userId" : "1634829105526497280",
      "createdAt" : "2025-02-14T18:07:42.311Z",
      "tweetId" : "1890388214409781431",
      "summary" : "The photo is not from this week's flood in Ghent. It was taken at the 2021 Meuse flooding in Liège and first posted in July 2021: https://www.example.org/archive/liege-2021-flood-photo",
      "classification" : "MISINFORMED_OR_POTENTIALLY_MISLEADING",
      "believable" : "BELIEVABLE_BY_MANY",
      "trustworthySources" : 1,
      "misleadingTags" : [
        "misleadingOutdatedInformation",
        "misleadingManipulatedMedia"
      ],
      "notMisleadingTags" : [ ],
      "harmful" : "CONSIDERABLE_HARM",
      "validation" : "EASY",
      "userAlias" : "diligent-quartz-kestrel"
    }
  },
  {
    "communityNote" : {
      "noteId" : "1902265390817902741",
      "userId" : "1634829105526497280",
      "createdAt" : "2025-03-19T10:48:05.906Z",
      "tweetId" : "1902201736544063919",
      "summary" : "The city council's cycling plan is quoted correctly; the 2026 start date is in the published plan.",
      "classification" : "NOT_MISLEADING",
      "believable" : "BELIEVABLE_BY_FEW",
      "trustworthySources" : 0,
      "misleadingTags" : [ ],
      "notMisleadingTags" : [
        "notMisleadingFactuallyCorrect"
      ],
      "harmful" : "LITTLE_HARM",
      "validation" : "CHALLENGING",
      "userAlias" : "diligent-quartz-kestrel"
    }
  }
]
