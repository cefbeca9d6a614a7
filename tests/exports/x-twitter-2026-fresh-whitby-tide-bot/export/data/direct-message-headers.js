window.YTD.direct_message_headers.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "1116763755830133529-1501128086126851993",
      "messages" : [
        {
          "messageCreate" : {
            "id" : "2024570042799264282",
            "senderId" : "1116763755830133529",
            "recipientId" : "1501128086126851993",
            "createdAt" : "2026-02-19T19:41:27.552Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "2024545067960283099",
            "senderId" : "1501128086126851993",
            "recipientId" : "1116763755830133529",
            "createdAt" : "2026-02-19T18:02:13.087Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "2024544175599093210",
            "senderId" : "1501128086126851993",
            "recipientId" : "1116763755830133529",
            "createdAt" : "2026-02-19T17:58:40.331Z"
          }
        }
      ]
    }
  }
]