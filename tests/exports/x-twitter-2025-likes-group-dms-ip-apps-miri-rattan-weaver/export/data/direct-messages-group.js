window.YTD.direct_messages_group.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "1909873346120044545",
      "messages" : [
        {
          "messageCreate" : {
            "reactions" : [
              {
                "senderId" : "1702000000000000118",
                "reactionKey" : "like",
                "eventId" : "1922771590038257665",
                "createdAt" : "2025-05-14T23:12:40.118Z"
              }
            ],
            "urls" : [ ],
            "text" : "Siap! 12 bakul untuk gerai Sabtu ni, yang corak kelawit 🧺",
            "mediaUrls" : [ ],
            "senderId" : "1611000000000000457",
            "id" : "1922770433561296897",
            "createdAt" : "2025-05-14T23:08:04.551Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "reactions" : [ ],
            "urls" : [
              {
                "url" : "https://t.co/Hp4kD9xWq2",
                "expanded" : "https://pasar.example.org/miri/booking/stall-17",
                "display" : "pasar.example.org/miri/booking…"
              }
            ],
            "text" : "Booking gerai dah confirm https://t.co/Hp4kD9xWq2",
            "mediaUrls" : [ ],
            "senderId" : "1702000000000000118",
            "id" : "1922690051207557121",
            "createdAt" : "2025-05-14T17:48:40.902Z",
            "editHistory" : [ ]
          }
        },
        {
          "conversationNameUpdate" : {
            "initiatingUserId" : "1702000000000000118",
            "name" : "Anyaman Miri 🌿",
            "createdAt" : "2025-05-10T09:30:12.000Z"
          }
        },
        {
          "joinConversation" : {
            "initiatingUserId" : "1702000000000000118",
            "participantsSnapshot" : [
              "1611000000000000457",
              "1702000000000000118",
              "1489000000000000336"
            ],
            "createdAt" : "2025-05-10T09:29:55.000Z"
          }
        }
      ]
    }
  }
]