window.YTD.direct_messages.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "1300000000000000042-1460000000000000001",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "1300000000000000042",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you presenting again next month?",
            "mediaUrls" : [],
            "senderId" : "1460000000000000001",
            "id" : "1664000000000000101",
            "createdAt" : "2023-06-01T20:14:55.120Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1460000000000000001",
            "reactions" : [],
            "urls" : [],
            "text" : "Maybe! Here's the venue https://t.co/VeNuE0001",
            "mediaUrls" : [
              "https://ton.twitter.com/1.1/ton/data/dm/1664000000000000102/1664000000000000102/ExAmPlEd.jpg"
            ],
            "senderId" : "1300000000000000042",
            "id" : "1664000000000000102",
            "createdAt" : "2023-06-01T20:21:07.533Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1300000000000000042",
            "reactions" : [],
            "urls" : [],
            "text" : "Great, count me in 👍",
            "mediaUrls" : [],
            "senderId" : "1460000000000000001",
            "id" : "1664000000000000103",
            "createdAt" : "2023-06-01T20:22:40.002Z"
          }
        }
      ]
    }
  }
]