window.YTD.direct_messages.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "1275803316420980737-1390456712093184002",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "1275803316420980737",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "An bhfuil tú ag teacht chuig an regatta i gCill Rónáin?",
            "mediaUrls" : [ ],
            "senderId" : "1390456712093184002",
            "id" : "1671915528070332420",
            "createdAt" : "2023-06-22T15:34:32.218Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1390456712093184002",
            "reactions" : [
              {
                "senderId" : "1390456712093184002",
                "reactionKey" : "like",
                "eventId" : "1671917004310155265",
                "createdAt" : "2023-06-22T15:40:24.004Z"
              }
            ],
            "urls" : [ ],
            "text" : "Tá! Bringing the new hull on the ferry Friday",
            "mediaUrls" : [ ],
            "senderId" : "1275803316420980737",
            "id" : "1671916630118490117",
            "createdAt" : "2023-06-22T15:38:54.907Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "1508172630094356480-1275803316420980737",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "1275803316420980737",
            "reactions" : [ ],
            "urls" : [
              {
                "url" : "https://t.co/Pw2nR8kTz1",
                "expanded" : "https://shop.example.com/marine-tar/stockholm-5l",
                "display" : "shop.example.com/marine-tar/st…"
              }
            ],
            "text" : "Here's the Stockholm tar I mentioned https://t.co/Pw2nR8kTz1",
            "mediaUrls" : [ ],
            "senderId" : "1508172630094356480",
            "id" : "1668977120663814148",
            "createdAt" : "2023-06-14T12:58:41.551Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1508172630094356480",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : " https://t.co/aB3cD9eFgH",
            "mediaUrls" : [
              "https://ton.twitter.com/dm/1668979855233097732/1668979850128629760/Lm4qT8vZ.jpg"
            ],
            "senderId" : "1275803316420980737",
            "id" : "1668979855233097732",
            "createdAt" : "2023-06-14T13:09:33.612Z"
          }
        }
      ]
    }
  }
]