window.YTD.spaces_metadata.part0 = [
  {
    "spacesMetadata" : {
      "id" : "1YpKkgeXwLbxj",
      "creatorUserId" : "1634829105526497280",
      "hostUserIds" : [
        "1634829105526497280",
        "1417302958861127683"
      ],
      "createdAt" : "2025-04-01T19:00:12.480Z",
      "endedAt" : "2025-04-01T20:12:47.133Z",
      "totalParticipating" : "0",
      "totalParticipated" : "41",
      "invitedUserIds" : [
        "1522906617034752001"
      ]
    }
  }
]
