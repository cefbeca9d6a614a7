window.YTD.direct_messages_group.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "1876540021933846529",
      "messages" : [
        {
          "messageCreate" : {
            "reactions" : [
              {
                "senderId" : "1523000000000000871",
                "reactionKey" : "agree",
                "eventId" : "1911004120966492161",
                "createdAt" : "2025-04-10T00:31:14.533Z"
              },
              {
                "senderId" : "1701000000000000321",
                "reactionKey" : "like",
                "eventId" : "1911009977210716161",
                "createdAt" : "2025-04-10T00:54:30.772Z"
              }
            ],
            "urls" : [
              {
                "url" : "https://t.co/Mk4cV1sQpe",
                "expanded" : "https://docs.example.org/trust/minutes-2025-04-09",
                "display" : "docs.example.org/trust/minutes…"
              }
            ],
            "text" : "Minutes from last night's meeting are up https://t.co/Mk4cV1sQpe",
            "mediaUrls" : [ ],
            "senderId" : "1442000000000000190",
            "id" : "1911003478520758273",
            "createdAt" : "2025-04-10T00:28:41.207Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Welcome Lena! Bring gloves on Sunday, the rails are filthy 🚋",
            "mediaUrls" : [ ],
            "senderId" : "1523000000000000871",
            "id" : "1910870201487544321",
            "createdAt" : "2025-04-09T15:39:05.660Z",
            "editHistory" : [ ]
          }
        },
        {
          "participantsJoin" : {
            "initiatingUserId" : "1523000000000000871",
            "userIds" : [
              "1701000000000000321"
            ],
            "createdAt" : "2025-04-09T15:37:48.000Z"
          }
        },
        {
          "conversationNameUpdate" : {
            "initiatingUserId" : "1442000000000000190",
            "name" : "Tram 151 restoration crew",
            "createdAt" : "2025-01-18T09:12:03.000Z"
          }
        },
        {
          "messageCreate" : {
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Paint samples arrive Friday, photos then",
            "mediaUrls" : [ ],
            "senderId" : "1580000000000000766",
            "id" : "1877102945519763457",
            "createdAt" : "2025-01-08T20:14:52.018Z",
            "editHistory" : [ ]
          }
        },
        {
          "joinConversation" : {
            "initiatingUserId" : "1442000000000000190",
            "participantsSnapshot" : [
              "1442000000000000190",
              "1523000000000000871",
              "1580000000000000766"
            ],
            "createdAt" : "2025-01-07T06:02:10.000Z"
          }
        }
      ]
    }
  }
]