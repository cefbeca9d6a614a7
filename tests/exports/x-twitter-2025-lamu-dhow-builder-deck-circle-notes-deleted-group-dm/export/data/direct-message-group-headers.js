window.YTD.direct_message_group_headers.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "1877710029384401921",
      "messages" : [
        {
          "messageCreate" : {
            "id" : "1905018846120214531",
            "senderId" : "1290448172063514625",
            "createdAt" : "2025-03-26T20:14:09.117Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1905017203549310978",
            "senderId" : "1466201937715286017",
            "createdAt" : "2025-03-26T20:07:37.650Z"
          }
        },
        {
          "participantsLeave" : {
            "userIds" : [
              "1532087745219166208"
            ],
            "createdAt" : "2025-02-03T11:45:20.004Z"
          }
        },
        {
          "joinConversation" : {
            "initiatingUserId" : "1466201937715286017",
            "participantsSnapshot" : [
              "1466201937715286017",
              "1290448172063514625",
              "1532087745219166208",
              "847112093360111616"
            ],
            "createdAt" : "2025-01-10T09:02:51.338Z"
          }
        }
      ]
    }
  }
]