window.YTD.direct_message_group_headers.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "1803377401920855040",
      "messages" : [
        {
          "messageCreate" : {
            "id" : "1841120973305827332",
            "senderId" : "1320776519470411776",
            "createdAt" : "2024-10-01T14:05:22.318Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1841118830112501869",
            "senderId" : "1489203751846612993",
            "createdAt" : "2024-10-01T13:56:51.004Z"
          }
        },
        {
          "participantsLeave" : {
            "userIds" : [
              "1577219034886303745"
            ],
            "createdAt" : "2024-08-19T22:40:10.551Z"
          }
        },
        {
          "joinConversation" : {
            "initiatingUserId" : "1320776519470411776",
            "participantsSnapshot" : [
              "1320776519470411776",
              "1577219034886303745",
              "998877120334455296"
            ],
            "createdAt" : "2024-06-19T12:00:47.219Z"
          }
        }
      ]
    }
  }
]