window.YTD.direct_messages_group.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "1629000000000000777",
      "messages" : [
        {
          "messageCreate" : {
            "reactions" : [
              {
                "senderId" : "1389000000000000004",
                "reactionKey" : "like",
                "eventId" : "1643100000000000902",
                "createdAt" : "2023-04-09T17:20:31.004Z"
              }
            ],
            "urls" : [
              {
                "url" : "https://t.co/GrPdm0001",
                "expanded" : "https://maps.example.com/place/albufera-boat-hire",
                "display" : "maps.example.com/place/albufe…"
              }
            ],
            "text" : "Boat hire is here, 10:00 at the jetty https://t.co/GrPdm0001",
            "mediaUrls" : [ ],
            "senderId" : "1311000000000000058",
            "id" : "1643100000000000901",
            "createdAt" : "2023-04-09T17:18:02.446Z"
          }
        },
        {
          "messageCreate" : {
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Perfect, I'll bring the paella pan 😄",
            "mediaUrls" : [
              "https://ton.twitter.com/1.1/ton/data/dm/1643100000000000905/1643100000000000906/ExGrPmEd.jpg"
            ],
            "senderId" : "1389000000000000004",
            "id" : "1643100000000000905",
            "createdAt" : "2023-04-09T17:25:48.910Z"
          }
        },
        {
          "participantsLeave" : {
            "userIds" : [
              "1477000000000000230"
            ],
            "createdAt" : "2023-03-02T11:00:19.000Z"
          }
        },
        {
          "joinConversation" : {
            "initiatingUserId" : "1311000000000000058",
            "participantsSnapshot" : [
              "1311000000000000058",
              "1389000000000000004",
              "1477000000000000230",
              "1398000000000000166"
            ],
            "createdAt" : "2023-02-25T16:40:00.000Z"
          }
        }
      ]
    }
  }
]