window.YTD.direct_messages.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "877506430630994262-1103841402994923047",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "877506430630994262",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Cảm ơn bạn nhiều! Chúc mẹ bạn năm mới an khang 🌸",
            "mediaUrls" : [ ],
            "senderId" : "1103841402994923047",
            "id" : "2024099367307543006",
            "createdAt" : "2026-02-18T12:31:09.770Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1103841402994923047",
            "reactions" : [
              {
                "senderId" : "1103841402994923047",
                "reactionKey" : "like",
                "eventId" : "2024099288578910393",
                "createdAt" : "2026-02-18T12:30:51.102Z"
              }
            ],
            "urls" : [
              {
                "url" : "https://t.co/Gb5rXc1LmA",
                "expanded" : "https://twitter.com/messages/media/2024096743971081998",
                "display" : "pic.twitter.com/Gb5rXc1LmA"
              }
            ],
            "text" : "Nón tới rồi chị ơi, mẹ em đội thử liền 😊 https://t.co/Gb5rXc1LmA",
            "mediaUrls" : [
              "https://ton.twitter.com/dm/2024096743971081998/2024096743815892750/pR8sWq2N.jpg"
            ],
            "senderId" : "877506430630994262",
            "id" : "2024096743971081998",
            "createdAt" : "2026-02-18T12:20:44.318Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "877506430630994262",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Mình gửi rồi nha, mã vận đơn có trong email. Khoảng 3 ngày là tới Sài Gòn.",
            "mediaUrls" : [ ],
            "senderId" : "1103841402994923047",
            "id" : "2021029966290171790",
            "createdAt" : "2026-02-10T01:14:27.541Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1103841402994923047",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Dạ em gửi địa chỉ qua email của shop rồi ạ. Nón 40 cm, quai màu đỏ nha chị.",
            "mediaUrls" : [ ],
            "senderId" : "877506430630994262",
            "id" : "2020875978139725561",
            "createdAt" : "2026-02-09T15:02:33.905Z",
            "editHistory" : [ ]
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "1047034426947533102-1103841402994923047",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "1103841402994923047",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Wonderful. Please invoice the lodge, not me personally, and we will pay by bank transfer before the 25th.",
            "mediaUrls" : [ ],
            "senderId" : "1047034426947533102",
            "id" : "2008838066027690270",
            "createdAt" : "2026-01-07T09:48:12.004Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1047034426947533102",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Yes, 40 hats with a short poem inside each is possible. The leaves need to dry one more week, so I can deliver on 10 February.",
            "mediaUrls" : [ ],
            "senderId" : "1103841402994923047",
            "id" : "2008836156186962038",
            "createdAt" : "2026-01-07T09:40:36.662Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1103841402994923047",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Hello Minh Châu, we would like 40 poem hats for our Tết welcome baskets. Could you deliver to the lodge before the 12th?",
            "mediaUrls" : [ ],
            "senderId" : "1047034426947533102",
            "id" : "2008824691294641160",
            "createdAt" : "2026-01-07T08:55:03.219Z",
            "editHistory" : [ ]
          }
        }
      ]
    }
  }
]