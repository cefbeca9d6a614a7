window.YTD.direct_messages.part0 = [
  {
    "dmConversation": {
      "conversationId": "1272298048239701301-1588244619064246572",
      "messages": [
        {
          "messageCreate": {
            "recipientId": "1588244619064246572",
            "reactions": [],
            "urls": [],
            "text": "Sí hay cupo, 2 asientos para el lunes 6 am. Son S/ 170 cada uno, pagas al embarcar.",
            "mediaUrls": [],
            "senderId": "1272298048239701301",
            "id": "1911196548885119037",
            "createdAt": "2025-04-12T23:15:40.226Z",
            "editHistory": []
          }
        },
        {
          "messageCreate": {
            "recipientId": "1272298048239701301",
            "reactions": [
              {
                "senderId": "1272298048239701301",
                "reactionKey": "like",
                "eventId": "1911196138157899839",
                "createdAt": "2025-04-12T23:14:02.301Z"
              }
            ],
            "urls": [],
            "text": "Buenas noches don Jhonatan, ¿hay cupo para dos personas a Santa Rosa el lunes?",
            "mediaUrls": [],
            "senderId": "1588244619064246572",
            "id": "1911193158394314814",
            "createdAt": "2025-04-12T23:02:11.870Z",
            "editHistory": []
          }
        }
      ]
    }
  }
]