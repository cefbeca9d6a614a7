window.YTD.direct_messages.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "705095869528454122-1127139940989436150",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "705095869528454122",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Да, сабота во 9 на пристаништето. Донеси го рендето 🙂",
            "mediaUrls" : [ ],
            "senderId" : "1127139940989436150",
            "id" : "2121682153101685856",
            "createdAt" : "2026-11-14T19:10:18.904Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1127139940989436150",
            "reactions" : [
              {
                "senderId" : "1127139940989436150",
                "reactionKey" : "like",
                "eventId" : "2121681989924045563",
                "createdAt" : "2026-11-14T19:09:40.227Z"
              }
            ],
            "urls" : [
              {
                "url" : "https://t.co/Kq2Wm8ZxTr",
                "expanded" : "https://twitter.com/ilija_struga/status/2121677292305227185",
                "display" : "twitter.com/ilija_struga/sta…"
              }
            ],
            "text" : "Види го овој стар чун во Струга, сопственикот бара некој да го поправи. Сабота? https://t.co/Kq2Wm8ZxTr",
            "mediaUrls" : [ ],
            "senderId" : "705095869528454122",
            "id" : "2121680292536247279",
            "createdAt" : "2026-11-14T19:02:55.311Z",
            "editHistory" : [ ]
          }
        }
      ]
    }
  }
]