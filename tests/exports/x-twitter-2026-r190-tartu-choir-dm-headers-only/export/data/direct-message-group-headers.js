window.YTD.direct_message_group_headers.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "1701885249930215425",
      "messages" : [
        {
          "participantsLeave" : {
            "userIds" : [
              "1187340592206553088"
            ],
            "createdAt" : "2024-01-08T17:02:55.918Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1735311804116054016",
            "senderId" : "1265530981024571392",
            "createdAt" : "2023-12-14T15:03:27.644Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1735309952830017793",
            "senderId" : "1098220463317549057",
            "createdAt" : "2023-12-14T14:56:05.871Z"
          }
        },
        {
          "joinConversation" : {
            "initiatingUserId" : "1098220463317549057",
            "participantsSnapshot" : [
              "1098220463317549057",
              "1187340592206553088",
              "1411906283564212225"
            ],
            "createdAt" : "2023-09-13T10:18:40.002Z"
          }
        }
      ]
    }
  }
]