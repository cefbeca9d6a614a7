window.YTD.direct_messages.part0 = [
  {
    "dmConversation": {
      "conversationId": "1197412921504950588-1426876322411596209",
      "messages": [
        {
          "messageCreate": {
            "recipientId": "1197412921504950588",
            "reactions": [
              {
                "senderId": "1197412921504950588",
                "reactionKey": "like",
                "eventId": "1829582805119543596",
                "createdAt": "2024-08-30T18:11:47.402Z"
              }
            ],
            "urls": [],
            "text": "Ssebo will bring the first-aid kits, 12 boxes. Tusanyuse nnyo!",
            "mediaUrls": [],
            "senderId": "1426876322411596209",
            "id": "1829582371216041397",
            "createdAt": "2024-08-30T18:10:03.951Z",
            "editHistory": []
          }
        },
        {
          "messageCreate": {
            "recipientId": "1426876322411596209",
            "reactions": [],
            "urls": [],
            "text": "Mukwano, can your church hall take 30 riders on Saturday? Nakawa stage lost its tent.",
            "mediaUrls": [],
            "senderId": "1197412921504950588",
            "id": "1829576927719938501",
            "createdAt": "2024-08-30T17:48:26.120Z",
            "editHistory": []
          }
        },
        {
          "messageCreate": {
            "recipientId": "1197412921504950588",
            "reactions": [],
            "urls": [
              {
                "url": "https://t.co/Ld2pXs7QvM",
                "expanded": "https://maps.example.net/route/kisekka-nakawa",
                "display": "maps.example.net/route/kisekka-…"
              }
            ],
            "text": "Here is the route map for the training ride https://t.co/Ld2pXs7QvM",
            "mediaUrls": [],
            "senderId": "1426876322411596209",
            "id": "1828342416309225291",
            "createdAt": "2024-08-27T08:02:55.664Z",
            "editHistory": []
          }
        }
      ]
    }
  }
]