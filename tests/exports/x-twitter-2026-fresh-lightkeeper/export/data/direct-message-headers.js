window.YTD.direct_message_headers.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "2917460833-1144244787344904192",
      "messages" : [
        {
          "messageCreate" : {
            "id" : "1680664129297799104",
            "senderId" : "2917460833",
            "recipientId" : "1144244787344904192",
            "createdAt" : "2023-07-16T19:42:08.311Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1680663318605811926",
            "senderId" : "1144244787344904192",
            "recipientId" : "2917460833",
            "createdAt" : "2023-07-16T19:38:55.027Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1680661337274279645",
            "senderId" : "2917460833",
            "recipientId" : "1144244787344904192",
            "createdAt" : "2023-07-16T19:31:02.640Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1680339152910646729",
            "senderId" : "1144244787344904192",
            "recipientId" : "2917460833",
            "createdAt" : "2023-07-15T22:10:47.902Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "1144244787344904192-1387330746580459520",
      "messages" : [
        {
          "messageCreate" : {
            "id" : "1633816235837705528",
            "senderId" : "1144244787344904192",
            "recipientId" : "1387330746580459520",
            "createdAt" : "2023-03-09T13:05:20.118Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1633812815137743000",
            "senderId" : "1387330746580459520",
            "recipientId" : "1144244787344904192",
            "createdAt" : "2023-03-09T12:51:44.560Z"
          }
        }
      ]
    }
  }
]