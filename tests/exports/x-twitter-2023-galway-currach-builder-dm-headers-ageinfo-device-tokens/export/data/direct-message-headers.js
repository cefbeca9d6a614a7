window.YTD.direct_message_headers.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "1275803316420980737-1390456712093184002",
      "messages" : [
        {
          "messageCreate" : {
            "id" : "1671915528070332420",
            "senderId" : "1390456712093184002",
            "recipientId" : "1275803316420980737",
            "createdAt" : "2023-06-22T15:34:32.218Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1671916630118490117",
            "senderId" : "1275803316420980737",
            "recipientId" : "1390456712093184002",
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
            "id" : "1668977120663814148",
            "senderId" : "1508172630094356480",
            "recipientId" : "1275803316420980737",
            "createdAt" : "2023-06-14T12:58:41.551Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1668979855233097732",
            "senderId" : "1275803316420980737",
            "recipientId" : "1508172630094356480",
            "createdAt" : "2023-06-14T13:09:33.612Z"
          }
        }
      ]
    }
  }
]