window.YTD.direct_messages.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "1398000000000000412-1523000000000000871",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "1523000000000000871",
            "reactions" : [
              {
                "senderId" : "1523000000000000871",
                "reactionKey" : "like",
                "eventId" : "1908214002931183617",
                "createdAt" : "2025-04-02T07:43:48.015Z"
              }
            ],
            "urls" : [ ],
            "text" : "Ka pai! Saturday then, 10am at the Tramway Museum gate",
            "mediaUrls" : [ ],
            "senderId" : "1398000000000000412",
            "id" : "1908213377640001281",
            "createdAt" : "2025-04-02T07:41:19.884Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1398000000000000412",
            "reactions" : [ ],
            "urls" : [
              {
                "url" : "https://t.co/Xq7TmR2bLa",
                "expanded" : "https://archive.example.org/wellington-tramways/1954-timetable.pdf",
                "display" : "archive.example.org/wellington-…"
              }
            ],
            "text" : "Found the 1954 timetable scan I mentioned https://t.co/Xq7TmR2bLa",
            "mediaUrls" : [ ],
            "senderId" : "1523000000000000871",
            "id" : "1908201945560068097",
            "createdAt" : "2025-04-02T06:55:54.302Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1398000000000000412",
            "reactions" : [ ],
            "urls" : [
              {
                "url" : "https://t.co/Hn2PqD8wZc",
                "expanded" : "https://twitter.com/messages/media/1907842210774044673",
                "display" : "pic.twitter.com/Hn2PqD8wZc"
              }
            ],
            "text" : " https://t.co/Hn2PqD8wZc",
            "mediaUrls" : [
              "https://ton.twitter.com/1.1/ton/data/dm/1907842210774044673/1907842197310324736/Vr3kPz9Q.jpg"
            ],
            "senderId" : "1523000000000000871",
            "id" : "1907842210774044673",
            "createdAt" : "2025-04-01T07:06:27.119Z",
            "editHistory" : [ ]
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "1523000000000000871-1611000000000000058",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "1523000000000000871",
            "reactions" : [
              {
                "senderId" : "1523000000000000871",
                "reactionKey" : "excited",
                "eventId" : "1893121019802431489",
                "createdAt" : "2025-02-22T02:07:28.905Z"
              }
            ],
            "urls" : [ ],
            "text" : "Sweet as, I'll bring the Kelburn photos 😄",
            "mediaUrls" : [ ],
            "senderId" : "1611000000000000058",
            "id" : "1893120553270915073",
            "createdAt" : "2025-02-22T02:05:37.641Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1611000000000000058",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Are you coming to the heritage talk on Thursday?",
            "mediaUrls" : [ ],
            "senderId" : "1523000000000000871",
            "id" : "1893118870336380929",
            "createdAt" : "2025-02-22T01:58:56.398Z",
            "editHistory" : [ ]
          }
        }
      ]
    }
  }
]