window.YTD.direct_messages.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "2917460833-1144244787344904192",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "1144244787344904192",
            "reactions" : [
              {
                "senderId" : "1144244787344904192",
                "reactionKey" : "agree",
                "eventId" : "1680664726530594161",
                "createdAt" : "2023-07-16T19:44:30.702Z"
              }
            ],
            "urls" : [ ],
            "text" : "Parfait! Bring the tripod, the fog rolls in fast at Cape Forchu after 6 😅",
            "mediaUrls" : [ ],
            "senderId" : "2917460833",
            "id" : "1680664129297799104",
            "createdAt" : "2023-07-16T19:42:08.311Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "2917460833",
            "reactions" : [
              {
                "senderId" : "2917460833",
                "reactionKey" : "excited",
                "eventId" : "1680663512095027416",
                "createdAt" : "2023-07-16T19:39:41.158Z"
              }
            ],
            "urls" : [
              {
                "url" : "https://t.co/Rk4vNw2qLa",
                "expanded" : "https://twitter.com/messages/media/1680663318605811926",
                "display" : "pic.twitter.com/Rk4vNw2qLa"
              }
            ],
            "text" : "Scouted this from the ferry last week 👀 https://t.co/Rk4vNw2qLa",
            "mediaUrls" : [
              "https://ton.twitter.com/dm/1680663318605811926/1680663300935207125/Hq7tWm2x.jpg"
            ],
            "senderId" : "1144244787344904192",
            "id" : "1680663318605811926",
            "createdAt" : "2023-07-16T19:38:55.027Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1144244787344904192",
            "reactions" : [ ],
            "urls" : [
              {
                "url" : "https://t.co/0hXb7TmpQe",
                "expanded" : "https://tidecharts.example.org/stations/yarmouth-ns/2023-07-22",
                "display" : "tidecharts.example.org/statio…"
              }
            ],
            "text" : "Tide table for Saturday, low water is at 17:48 https://t.co/0hXb7TmpQe",
            "mediaUrls" : [ ],
            "senderId" : "2917460833",
            "id" : "1680661337274279645",
            "createdAt" : "2023-07-16T19:31:02.640Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "2917460833",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Are you still free next weekend for the Yarmouth light? I can pick you up in Tusket around 2.",
            "mediaUrls" : [ ],
            "senderId" : "1144244787344904192",
            "id" : "1680339152910646729",
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
            "recipientId" : "1387330746580459520",
            "reactions" : [
              {
                "senderId" : "1387330746580459520",
                "reactionKey" : "agree",
                "eventId" : "1633816666992680673",
                "createdAt" : "2023-03-09T13:07:02.913Z"
              }
            ],
            "urls" : [ ],
            "text" : "Sure, the full-res file is yours for the calendar. Send the licence form to wren.lights@example.org and I'll sign it tonight.",
            "mediaUrls" : [ ],
            "senderId" : "1144244787344904192",
            "id" : "1633816235837705528",
            "createdAt" : "2023-03-09T13:05:20.118Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1144244787344904192",
            "reactions" : [ ],
            "urls" : [
              {
                "url" : "https://t.co/Vd2LxQe8Wm",
                "expanded" : "https://twitter.com/wren_lightkeeper/status/1627445133704227044",
                "display" : "twitter.com/wren_lightkeep…"
              }
            ],
            "text" : "Olá Wren! We'd love to use this one in our 2024 lighthouse calendar https://t.co/Vd2LxQe8Wm",
            "mediaUrls" : [ ],
            "senderId" : "1387330746580459520",
            "id" : "1633812815137743000",
            "createdAt" : "2023-03-09T12:51:44.560Z"
          }
        }
      ]
    }
  }
]