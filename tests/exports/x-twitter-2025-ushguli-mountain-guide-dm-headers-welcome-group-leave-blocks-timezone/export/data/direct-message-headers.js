window.YTD.direct_message_headers.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "1523004817736450048-1601392278845218816",
      "messages" : [
        {
          "messageCreate" : {
            "id" : "1853417720093364231",
            "senderId" : "1601392278845218816",
            "recipientId" : "1523004817736450048",
            "createdAt" : "2024-11-04T17:42:09.318Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1853409118420975889",
            "senderId" : "1523004817736450048",
            "recipientId" : "1601392278845218816",
            "createdAt" : "2024-11-04T17:07:58.004Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "1523004817736450048-1189736045281390592",
      "messages" : [
        {
          "welcomeMessageCreate" : {
            "id" : "1866120584537452810",
            "senderId" : "1189736045281390592",
            "recipientId" : "1523004817736450048",
            "createdAt" : "2024-12-09T18:58:31.772Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1866120791622635795",
            "senderId" : "1523004817736450048",
            "recipientId" : "1189736045281390592",
            "createdAt" : "2024-12-09T18:59:21.140Z"
          }
        }
      ]
    }
  }
]