window.YTD.direct_message_group_headers.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "1745201933871665152",
      "messages" : [
        {
          "messageCreate" : {
            "id" : "1907334112760655872",
            "senderId" : "1322907714553176064",
            "createdAt" : "2025-04-02T07:02:18.441Z"
          }
        },
        {
          "participantsLeave" : {
            "userIds" : [
              "1188429300662005760"
            ],
            "createdAt" : "2025-03-30T16:47:05.109Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1906205871304785920",
            "senderId" : "1412098365527719941",
            "createdAt" : "2025-03-30T08:19:44.782Z"
          }
        },
        {
          "joinConversation" : {
            "initiatingUserId" : "1322907714553176064",
            "participantsSnapshot" : [
              "1412098365527719941",
              "1322907714553176064",
              "1188429300662005760",
              "764311209"
            ],
            "createdAt" : "2024-01-11T20:31:56.350Z"
          }
        }
      ]
    }
  }
]