window.YTD.direct_message_group_headers.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "1519840022163845120",
      "messages" : [
        {
          "messageCreate" : {
            "id" : "1530161873240334339",
            "senderId" : "1387245109683204097",
            "createdAt" : "2022-05-27T11:45:53.611Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1530158002447917060",
            "senderId" : "1299104467330531329",
            "createdAt" : "2022-05-27T11:30:30.882Z"
          }
        },
        {
          "participantsLeave" : {
            "userIds" : [
              "1451006273849917443"
            ],
            "createdAt" : "2022-05-03T18:20:14.005Z"
          }
        },
        {
          "joinConversation" : {
            "initiatingUserId" : "1402918835720478722",
            "participantsSnapshot" : [
              "1402918835720478722",
              "1299104467330531329",
              "1451006273849917443"
            ],
            "createdAt" : "2022-04-29T02:14:37.350Z"
          }
        }
      ]
    }
  }
]