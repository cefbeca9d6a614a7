window.YTD.direct_messages.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "2950127731-1178496023417856001",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "2950127731",
            "reactions" : [ ],
            "urls" : [
              {
                "url" : "https://t.co/y7J6Cw9oh3",
                "expanded" : "https://atelier-rousset.example.org/archets/recheveu",
                "display" : "atelier-rousset.example.org/archets/…"
              }
            ],
            "text" : "Mardi 12 à 14h, ça vous va ? Les tarifs sont ici : https://t.co/y7J6Cw9oh3",
            "mediaUrls" : [ ],
            "senderId" : "1178496023417856001",
            "id" : "1731221286270765119",
            "createdAt" : "2023-12-03T07:58:13.840Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1178496023417856001",
            "reactions" : [
              {
                "senderId" : "1178496023417856001",
                "reactionKey" : "like",
                "eventId" : "1731018916357554396",
                "createdAt" : "2023-12-02T18:34:17.423Z"
              }
            ],
            "urls" : [ ],
            "text" : "Hi Maëlle! Cello bow, 74.5 cm stick. The hair has gone very thin after the autumn tour.",
            "mediaUrls" : [ ],
            "senderId" : "2950127731",
            "id" : "1731018161383024517",
            "createdAt" : "2023-12-02T18:31:05.092Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "2950127731",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Bonjour Tamsin, which bow is it, violin or cello?",
            "mediaUrls" : [ ],
            "senderId" : "1178496023417856001",
            "id" : "1731016045041227145",
            "createdAt" : "2023-12-02T18:22:40.517Z",
            "editHistory" : [ ]
          }
        }
      ]
    }
  }
]