window.YTD.direct_messages_group.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "1519840022163845120",
      "messages" : [
        {
          "messageCreate" : {
            "reactions" : [
              {
                "senderId" : "1402918835720478722",
                "reactionKey" : "heart",
                "eventId" : "1530166410995408901",
                "createdAt" : "2022-05-27T12:03:55.214Z"
              }
            ],
            "urls" : [
              {
                "url" : "https://t.co/Qw7kZp2LmX",
                "expanded" : "https://www.example.org/mannar-fish-market-2022",
                "display" : "example.org/mannar-fish-…"
              }
            ],
            "text" : "கருவாடு 20 கிலோ தயார் — market stall is confirmed for Saturday https://t.co/Qw7kZp2LmX",
            "mediaUrls" : [ ],
            "senderId" : "1387245109683204097",
            "id" : "1530161873240334339",
            "createdAt" : "2022-05-27T11:45:53.611Z"
          }
        },
        {
          "messageCreate" : {
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Super! I'll bring the salt sacks from Pesalai",
            "mediaUrls" : [
              "https://ton.twimg.com/dm/1530158002447917060/1530157991135830016/Rk3vTq8N.jpg"
            ],
            "senderId" : "1299104467330531329",
            "id" : "1530158002447917060",
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