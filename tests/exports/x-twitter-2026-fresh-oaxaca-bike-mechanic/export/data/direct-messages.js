window.YTD.direct_messages.part0 = [
  {
    "dmConversation": {
      "conversationId": "831579625668046848-1623998877420195840",
      "messages": [
        {
          "endAvBroadcast": {
            "startedAtMsec": "2025-03-03T01:02:15.408Z",
            "endedAtMsec": "2025-03-03T01:09:52.771Z",
            "endReason": "HUNG_UP",
            "callType": "AUDIO_ONLY"
          }
        },
        {
          "messageCreate": {
            "recipientId": "1623998877420195840",
            "reactions": [
              {
                "senderId": "1623998877420195840",
                "reactionKey": "agree",
                "eventId": "1896360904075694080",
                "createdAt": "2025-03-03T00:44:06.870Z"
              }
            ],
            "urls": [],
            "text": "Listo, te espero el sábado a las 11. Trae la rueda trasera nada más, el cuadro no hace falta.",
            "mediaUrls": [],
            "senderId": "831579625668046848",
            "id": "1896360202293346307",
            "createdAt": "2025-03-03T00:41:19.552Z",
            "editHistory": [
              {
                "editedText": "Listo, te espero el sábado a las 11. Trae la rueda trasera nada mas, el cuadro no hace falta.",
                "createdAtSec": "1740962479"
              }
            ]
          }
        },
        {
          "messageCreate": {
            "recipientId": "831579625668046848",
            "reactions": [],
            "urls": [],
            "text": "¿Puedo pasar este sábado? Ya me llegó el buje nuevo",
            "mediaUrls": [],
            "senderId": "1623998877420195840",
            "id": "1896359625835683841",
            "createdAt": "2025-03-03T00:39:02.114Z",
            "editHistory": []
          }
        },
        {
          "endAvBroadcast": {
            "startedAtMsec": "2025-03-03T00:12:30.006Z",
            "endedAtMsec": "2025-03-03T00:12:30.006Z",
            "endReason": "CANCELED",
            "callType": "AUDIO_ONLY"
          }
        },
        {
          "messageCreate": {
            "recipientId": "831579625668046848",
            "reactions": [],
            "urls": [
              {
                "url": "https://t.co/Wm3nQe8RfT",
                "expanded": "https://twitter.com/messages/media/1896349497375100928",
                "display": "pic.twitter.com/Wm3nQe8RfT"
              }
            ],
            "text": " https://t.co/Wm3nQe8RfT",
            "mediaUrls": [
              "https://video.twimg.com/dm_gif/1896349466751942656/hT4pQ9vZ0aKmW2sRb7YcE1nLxJ5uGd3oFi8qNe6Vt.mp4"
            ],
            "senderId": "1623998877420195840",
            "id": "1896349497375100928",
            "createdAt": "2025-03-02T23:58:47.301Z",
            "editHistory": []
          }
        }
      ]
    }
  },
  {
    "dmConversation": {
      "conversationId": "2913456012-831579625668046848",
      "messages": [
        {
          "messageCreate": {
            "recipientId": "2913456012",
            "reactions": [
              {
                "senderId": "2913456012",
                "reactionKey": "funny",
                "eventId": "1890467924286033920",
                "createdAt": "2025-02-14T18:27:31.002Z"
              }
            ],
            "urls": [],
            "text": "jajaja sí, la del manubrio de cuerno de chivo. Te la guardo hasta el lunes 😂",
            "mediaUrls": [],
            "senderId": "831579625668046848",
            "id": "1890467588335816704",
            "createdAt": "2025-02-14T18:26:10.905Z",
            "editHistory": []
          }
        },
        {
          "messageCreate": {
            "recipientId": "831579625668046848",
            "reactions": [],
            "urls": [],
            "text": "Oye, ¿sigue en venta la Mercurio roja que tenías colgada en el taller?",
            "mediaUrls": [],
            "senderId": "2913456012",
            "id": "1890466218115297280",
            "createdAt": "2025-02-14T18:20:44.219Z",
            "editHistory": []
          }
        }
      ]
    }
  }
]