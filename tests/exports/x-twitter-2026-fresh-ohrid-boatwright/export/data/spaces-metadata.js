window.YTD.spaces_metadata.part0 = [
  {
    "spacesMetadata" : {
      "id" : "1OdKrBzQwLmxX",
      "creatorUserId" : "1127139940989436150",
      "hostUserIds" : [
        "1127139940989436150",
        "705095869528454122"
      ],
      "createdAt" : "2026-09-20T18:00:07.412Z",
      "endedAt" : "2026-09-20T19:11:52.090Z",
      "totalParticipating" : "0",
      "totalParticipated" : "27",
      "invitedUserIds" : [
        "1643267176660308290"
      ]
    }
  }
]