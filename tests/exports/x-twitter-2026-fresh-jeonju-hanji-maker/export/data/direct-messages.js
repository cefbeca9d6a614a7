window.YTD.direct_messages.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "2571930468-1566053567427644229",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "1566053567427644229",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "토요일 3시 괜찮으세요? 공방 주소는 프로필 링크에 있어요. 주차는 골목 입구 공영주차장이 편해요.",
            "mediaUrls" : [ ],
            "senderId" : "2571930468",
            "id" : "2021157253613207367",
            "createdAt" : "2026-02-10T09:40:15.204Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "2571930468",
            "reactions" : [ ],
            "urls" : [
              {
                "url" : "https://t.co/Vx9Ke2Lm0Q",
                "expanded" : "https://twitter.com/inkstone_mina_ex/status/2021146418871601512",
                "display" : "twitter.com/inkstone_mina_…"
              }
            ],
            "text" : "https://t.co/Vx9Ke2Lm0Q",
            "mediaUrls" : [ ],
            "senderId" : "1566053567427644229",
            "id" : "2021154936986138630",
            "createdAt" : "2026-02-10T09:31:02.877Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "2571930468",
            "reactions" : [
              {
                "senderId" : "2571930468",
                "reactionKey" : "like",
                "eventId" : "2021156896712652205",
                "createdAt" : "2026-02-10T09:38:50.112Z"
              }
            ],
            "urls" : [ ],
            "text" : "안녕하세요! 다음 달 서예 수업 때 쓸 장지를 구하고 있는데, 공방에서 직접 살 수 있을까요?",
            "mediaUrls" : [ ],
            "senderId" : "1566053567427644229",
            "id" : "2021150258299243774",
            "createdAt" : "2026-02-10T09:12:27.391Z",
            "editHistory" : [ ]
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "2571930468-851683732486934273",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "2571930468",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Perfect, thank you So-yul. I will send the loan form by email this week so we can list the sheets in the catalogue.",
            "mediaUrls" : [ ],
            "senderId" : "851683732486934273",
            "id" : "2016782286077638423",
            "createdAt" : "2026-01-29T07:55:41.660Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "851683732486934273",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Happy to lend the three dyed sheets (쪽, 치자, 홍화) for the spring show. They need to go back by the end of May, the indigo one is for a customer.",
            "mediaUrls" : [ ],
            "senderId" : "2571930468",
            "id" : "2016773592787332495",
            "createdAt" : "2026-01-29T07:21:09.018Z",
            "editHistory" : [ ]
          }
        }
      ]
    }
  }
]