window.YTD.direct_message_headers.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "1402000000000000119-1496000000000000217",
      "messages" : [
        {
          "messageCreate" : {
            "id" : "1770500000000000611",
            "senderId" : "1496000000000000217",
            "recipientId" : "1402000000000000119",
            "createdAt" : "2024-03-22T15:40:12.904Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1770480000000000207",
            "senderId" : "1402000000000000119",
            "recipientId" : "1496000000000000217",
            "createdAt" : "2024-03-22T14:18:55.371Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "1496000000000000217-1571000000000000650",
      "messages" : [
        {
          "messageCreate" : {
            "id" : "1761000000000000048",
            "senderId" : "1571000000000000650",
            "recipientId" : "1496000000000000217",
            "createdAt" : "2024-02-25T09:03:27.000Z"
          }
        }
      ]
    }
  }
]
