window.YTD.direct_message_headers.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "1098220463317549057-1265530981024571392",
      "messages" : [
        {
          "messageCreate" : {
            "id" : "1768204417592819713",
            "senderId" : "1265530981024571392",
            "recipientId" : "1098220463317549057",
            "createdAt" : "2024-03-14T09:21:44.512Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1768197702338510852",
            "senderId" : "1098220463317549057",
            "recipientId" : "1265530981024571392",
            "createdAt" : "2024-03-14T08:55:03.087Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "1265530981024571392-1590037712448163840",
      "messages" : [
        {
          "welcomeMessageCreate" : {
            "id" : "1712944880260354051",
            "senderId" : "1590037712448163840",
            "recipientId" : "1265530981024571392",
            "createdAt" : "2023-10-13T21:40:12.330Z"
          }
        }
      ]
    }
  }
]