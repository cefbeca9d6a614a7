window.YTD.direct_messages.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "1102515700127071238-1346436420992961933",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "1346436420992961933",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Sige, Sabado 6am sa may Riverbanks. Ako na bahala sa GPS logger.",
            "mediaUrls" : [ ],
            "senderId" : "1102515700127071238",
            "id" : "1994406726115190889",
            "createdAt" : "2025-11-28T14:03:12.447Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1102515700127071238",
            "reactions" : [
              {
                "senderId" : "1102515700127071238",
                "reactionKey" : "like",
                "eventId" : "1994406191560298111",
                "createdAt" : "2025-11-28T14:01:05.118Z"
              }
            ],
            "urls" : [
              {
                "url" : "https://t.co/j6DIiff6yt",
                "expanded" : "https://twitter.com/junalcaraz_osm/status/1993849754220488241",
                "display" : "twitter.com/junalcaraz_osm…"
              }
            ],
            "text" : "https://t.co/j6DIiff6yt",
            "mediaUrls" : [ ],
            "senderId" : "1346436420992961933",
            "id" : "1994405587170208272",
            "createdAt" : "2025-11-28T13:58:40.902Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1102515700127071238",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Uy Ligaya! Nakita ko yung Cubao–Marikina map mo. Pwede ko bang isama sa QC layer namin?",
            "mediaUrls" : [ ],
            "senderId" : "1346436420992961933",
            "id" : "1994405173732736394",
            "createdAt" : "2025-11-28T13:57:02.331Z",
            "editHistory" : [ ]
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "1102515700127071238-1569934510785404196",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "1569934510785404196",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Pwede po, Huwebes ng hapon. Sa may Cubao terminal na lang po tayo magkita.",
            "mediaUrls" : [ ],
            "senderId" : "1102515700127071238",
            "id" : "1990334791595842731",
            "createdAt" : "2025-11-17T08:22:47.605Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1102515700127071238",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Hi Ligaya, si Bea po ito, reporter. Gumagawa kami ng story tungkol sa jeepney route maps. Pwede ba kitang ma-interview this week?",
            "mediaUrls" : [ ],
            "senderId" : "1569934510785404196",
            "id" : "1990309002695756472",
            "createdAt" : "2025-11-17T06:40:19.052Z",
            "editHistory" : [ ]
          }
        }
      ]
    }
  }
]