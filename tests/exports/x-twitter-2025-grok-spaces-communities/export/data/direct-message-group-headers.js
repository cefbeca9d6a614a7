window.YTD.direct_message_group_headers.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "1798233761120178176",
      "messages" : [
        {
          "messageCreate" : {
            "id" : "1899402175231754625",
            "senderId" : "1502000000000000341",
            "createdAt" : "2025-03-11T07:15:42.390Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1899399930120036761",
            "senderId" : "1264000000000000817",
            "createdAt" : "2025-03-11T07:06:47.118Z"
          }
        },
        {
          "participantsLeave" : {
            "userIds" : [
              "1610000000000000456"
            ],
            "createdAt" : "2025-02-02T19:30:11.000Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1879025613984313344",
            "senderId" : "1610000000000000456",
            "createdAt" : "2025-01-14T03:40:27.806Z"
          }
        },
        {
          "joinConversation" : {
            "initiatingUserId" : "1264000000000000817",
            "participantsSnapshot" : [
              "1264000000000000817",
              "1502000000000000341",
              "1610000000000000456",
              "1455000000000000092"
            ],
            "createdAt" : "2024-06-05T18:12:09.000Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "1843071259448651776",
      "messages" : [
        {
          "messageCreate" : {
            "id" : "1843072004127043605",
            "senderId" : "1455000000000000092",
            "createdAt" : "2024-10-06T23:08:51.522Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1843071400932307113",
            "senderId" : "1502000000000000341",
            "createdAt" : "2024-10-06T23:06:27.790Z"
          }
        },
        {
          "joinConversation" : {
            "initiatingUserId" : "1502000000000000341",
            "participantsSnapshot" : [
              "1502000000000000341",
              "1455000000000000092",
              "1720000000000000633"
            ],
            "createdAt" : "2024-10-06T23:04:12.000Z"
          }
        }
      ]
    }
  }
]