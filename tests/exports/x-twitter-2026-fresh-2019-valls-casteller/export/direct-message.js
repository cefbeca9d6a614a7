window.YTD.direct_message.part0 = [ {
  "dmConversation" : {
    "conversationId" : "842617305-2987016542",
    "messages" : [ {
      "messageCreate" : {
        "recipientId" : "2987016542",
        "text" : "Et passo la foto de l'enxaneta https://t.co/Gp5sY2nWcE",
        "mediaUrls" : [ "https://ton.twitter.com/1.1/ton/data/dm/1126918293135818756/1126918278589997056/hT4xP9kQ.jpg" ],
        "senderId" : "842617305",
        "id" : "1126918293135818756",
        "createdAt" : "2019-05-10T18:33:52.870Z"
      }
    }, {
      "messageCreate" : {
        "recipientId" : "842617305",
        "text" : "Ostres, quina foto! Me la guardo \uD83D\uDE0D",
        "mediaUrls" : [ ],
        "senderId" : "2987016542",
        "id" : "1126917069451894788",
        "createdAt" : "2019-05-10T18:29:01.121Z"
      }
    }, {
      "messageCreate" : {
        "recipientId" : "2987016542",
        "text" : "Divendres hi ha assaig general, vens?",
        "mediaUrls" : [ ],
        "senderId" : "842617305",
        "id" : "1126903632717971457",
        "createdAt" : "2019-05-10T17:35:37.554Z"
      }
    } ]
  }
} ]