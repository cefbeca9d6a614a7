window.YTD.direct_message_headers.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "709486183076701121-1157232357405633425",
      "messages" : [
        {
          "messageCreate" : {
            "id" : "2021502011979071569",
            "senderId" : "709486183076701121",
            "recipientId" : "1157232357405633425",
            "createdAt" : "2026-02-11T08:30:12.004Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "2021332295281016915",
            "senderId" : "1157232357405633425",
            "recipientId" : "709486183076701121",
            "createdAt" : "2026-02-10T21:15:48.390Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "2021331353605242964",
            "senderId" : "1157232357405633425",
            "recipientId" : "709486183076701121",
            "createdAt" : "2026-02-10T21:12:03.877Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "418827365-709486183076701121",
      "messages" : [
        {
          "messageCreate" : {
            "id" : "2008615177548726357",
            "senderId" : "418827365",
            "recipientId" : "709486183076701121",
            "createdAt" : "2026-01-06T19:02:31.250Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "2008611504881926230",
            "senderId" : "709486183076701121",
            "recipientId" : "418827365",
            "createdAt" : "2026-01-06T18:47:55.618Z"
          }
        }
      ]
    }
  }
]