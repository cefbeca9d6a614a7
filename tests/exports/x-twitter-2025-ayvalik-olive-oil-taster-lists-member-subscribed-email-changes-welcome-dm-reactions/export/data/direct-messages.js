window.YTD.direct_messages.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "1402918374650192834-1592038475610293847",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "1592038475610293847",
            "reactions" : [
              {
                "senderId" : "1592038475610293847",
                "reactionKey" : "like",
                "eventId" : "1791029384756102945",
                "createdAt" : "2025-04-22T16:31:08.912Z"
              }
            ],
            "urls" : [
              {
                "url" : "https://t.co/Qx7LmP2aZk",
                "expanded" : "https://www.example.org/ayvalik-erken-hasat-2025",
                "display" : "example.org/ayvalik-erken-…"
              }
            ],
            "text" : "Erken hasat numunelerini yarın getiriyorum, burada detaylar https://t.co/Qx7LmP2aZk",
            "mediaUrls" : [],
            "senderId" : "1402918374650192834",
            "id" : "1791028475610293847",
            "createdAt" : "2025-04-22T16:20:55.301Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1402918374650192834",
            "reactions" : [],
            "urls" : [],
            "text" : "Harika! Acılık ve meyvemsilik için panel saat 10'da 🫒",
            "mediaUrls" : [
              "https://ton.twitter.com/dm/1791031029384756109/1791031020918273645/Lq8vTz3K.jpg"
            ],
            "senderId" : "1592038475610293847",
            "id" : "1791031029384756109",
            "createdAt" : "2025-04-22T16:32:40.118Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "1620938475610293841-1592038475610293847",
      "messages" : [
        {
          "welcomeMessageCreate" : {
            "recipientId" : "1592038475610293847",
            "urls" : [],
            "text" : "Merhaba! Zeytinyağı tadım atölyesi kayıtları için bize yazın.",
            "mediaUrls" : [],
            "senderId" : "1620938475610293841",
            "id" : "1702938475610293812",
            "createdAt" : "2023-09-15T11:02:33.004Z"
          }
        }
      ]
    }
  }
]