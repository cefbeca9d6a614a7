window.YTD.direct_messages.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "1191722465261431068-1359792805517564676",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "1359792805517564676",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "ઓર્ડર તૈયાર છે: 20 ચીલ + 2 ફીરકી 🪁",
            "mediaUrls" : [ ],
            "senderId" : "1191722465261431068",
            "id" : "2010714773234168258",
            "createdAt" : "2026-01-12T14:05:33.870Z",
            "editHistory" : [
              {
                "editedText" : "ઓર્ડર તૈયાર છે: 20 ચીલ 🪁",
                "createdAtSec" : "1768226733"
              }
            ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1191722465261431068",
            "reactions" : [
              {
                "senderId" : "1191722465261431068",
                "reactionKey" : "like",
                "eventId" : "2010709029269266450",
                "createdAt" : "2026-01-12T13:42:44.616Z"
              }
            ],
            "urls" : [ ],
            "text" : "14મી સવારે લેવા આવું? 20 ચીલ પતંગ જોઈએ",
            "mediaUrls" : [ ],
            "senderId" : "1359792805517564676",
            "id" : "2010708630810294847",
            "createdAt" : "2026-01-12T13:41:09.402Z",
            "editHistory" : [ ]
          }
        }
      ]
    }
  }
]