window.YTD.direct_message_group_headers.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "1879044210357706752",
      "messages" : [
        {
          "participantsLeave" : {
            "userIds" : [
              "1601392278845218816"
            ],
            "createdAt" : "2025-02-02T09:15:44.903Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1882715008127369487",
            "senderId" : "1523004817736450048",
            "createdAt" : "2025-01-24T06:31:12.551Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1882704519916372018",
            "senderId" : "1744918327750569984",
            "createdAt" : "2025-01-24T05:49:31.947Z"
          }
        },
        {
          "joinConversation" : {
            "initiatingUserId" : "1744918327750569984",
            "participantsSnapshot" : [
              "1523004817736450048",
              "1601392278845218816",
              "1744918327750569984"
            ],
            "createdAt" : "2025-01-14T12:20:07.210Z"
          }
        }
      ]
    }
  }
]