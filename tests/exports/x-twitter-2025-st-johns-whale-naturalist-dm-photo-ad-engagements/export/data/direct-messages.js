window.YTD.direct_messages.part0 = [
  {
    "dmConversation": {
      "conversationId": "884897508642366131-1290374909591039745",
      "messages": [
        {
          "messageCreate": {
            "recipientId": "884897508642366131",
            "reactions": [],
            "urls": [],
            "text": "Some shot! Is that the one with the notch in the fluke? We called her Scarface last summer 😂",
            "mediaUrls": [],
            "senderId": "1290374909591039745",
            "id": "1925335287161008341",
            "createdAt": "2025-05-21T23:37:58.116Z",
            "editHistory": []
          }
        },
        {
          "messageCreate": {
            "recipientId": "1290374909591039745",
            "reactions": [
              {
                "senderId": "1290374909591039745",
                "reactionKey": "like",
                "eventId": "1925335060270022656",
                "createdAt": "2025-05-21T23:37:04.021Z"
              }
            ],
            "urls": [
              {
                "url": "https://t.co/Rv8nLq2WzX",
                "expanded": "https://twitter.com/messages/media/1925333911811105218",
                "display": "pic.twitter.com/Rv8nLq2WzX"
              }
            ],
            "text": "Look who showed up off Gull Island this morning 🐋 https://t.co/Rv8nLq2WzX",
            "mediaUrls": [
              "https://ton.twitter.com/1.1/ton/data/dm/1925333911811105218/1925333893393678336/Tk3wQp9L.jpg"
            ],
            "senderId": "884897508642366131",
            "id": "1925333911811105218",
            "createdAt": "2025-05-21T23:32:30.207Z",
            "editHistory": []
          }
        },
        {
          "messageCreate": {
            "recipientId": "884897508642366131",
            "reactions": [],
            "urls": [],
            "text": "Any bergs left down the shore? Driving to Ferryland Saturday with Nan",
            "mediaUrls": [],
            "senderId": "1290374909591039745",
            "id": "1924924192579427923",
            "createdAt": "2025-05-20T20:24:25.530Z",
            "editHistory": []
          }
        }
      ]
    }
  },
  {
    "dmConversation": {
      "conversationId": "884897508642366131-1513503584640044050",
      "messages": [
        {
          "messageCreate": {
            "recipientId": "1513503584640044050",
            "reactions": [],
            "urls": [],
            "text": "Grand, I'll take the 1pm and the 4pm. Fog permitting 🤞",
            "mediaUrls": [],
            "senderId": "884897508642366131",
            "id": "1919809675612833472",
            "createdAt": "2025-05-06T17:41:09.662Z",
            "editHistory": []
          }
        },
        {
          "messageCreate": {
            "recipientId": "884897508642366131",
            "reactions": [],
            "urls": [
              {
                "url": "https://t.co/bH5sVe0QaD",
                "expanded": "https://tides.example.org/nl/bay-bulls/2025-05-10",
                "display": "tides.example.org/nl/bay-bulls/…"
              }
            ],
            "text": "Can you cover both trips on the 10th? Tide sheet here https://t.co/bH5sVe0QaD",
            "mediaUrls": [],
            "senderId": "1513503584640044050",
            "id": "1919808412800071781",
            "createdAt": "2025-05-06T17:36:08.584Z",
            "editHistory": []
          }
        }
      ]
    }
  }
]