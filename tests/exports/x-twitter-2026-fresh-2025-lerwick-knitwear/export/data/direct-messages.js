window.YTD.direct_messages.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "709486183076701121-1157232357405633425",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "1157232357405633425",
            "reactions" : [
              {
                "senderId" : "1157232357405633425",
                "reactionKey" : "emoji",
                "eventId" : "2021504856195334232",
                "createdAt" : "2026-02-11T08:41:30.118Z"
              }
            ],
            "urls" : [
              {
                "url" : "https://t.co/Wf5sQ1nLpX",
                "expanded" : "https://twitter.com/messages/media/2021502011979071569",
                "display" : "pic.twitter.com/Wf5sQ1nLpX"
              }
            ],
            "text" : "Here's da colourway for your kit, peat brown wi da sea greens https://t.co/Wf5sQ1nLpX",
            "mediaUrls" : [
              "https://ton.twitter.com/dm/2021502011979071569/2021502001526866002/Rw7nYp2Q.jpg"
            ],
            "senderId" : "709486183076701121",
            "id" : "2021502011979071569",
            "createdAt" : "2026-02-11T08:30:12.004Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "709486183076701121",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Peaty browns an sea greens if you have them, like da gansey you posted at Christmas",
            "mediaUrls" : [ ],
            "senderId" : "1157232357405633425",
            "id" : "2021332295281016915",
            "createdAt" : "2026-02-10T21:15:48.390Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "709486183076701121",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Hi Ingrid! Could you do da Simmer Dim yoke as a kit for a 38\" chest? Happy to wait till March",
            "mediaUrls" : [ ],
            "senderId" : "1157232357405633425",
            "id" : "2021331353605242964",
            "createdAt" : "2026-02-10T21:12:03.877Z",
            "editHistory" : [ ]
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
            "recipientId" : "709486183076701121",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Aye see you at da session Friday, bring da new jumper for da photo",
            "mediaUrls" : [ ],
            "senderId" : "418827365",
            "id" : "2008615177548726357",
            "createdAt" : "2026-01-06T19:02:31.250Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "418827365",
            "reactions" : [
              {
                "senderId" : "418827365",
                "reactionKey" : "like",
                "eventId" : "2008612078763376729",
                "createdAt" : "2026-01-06T18:50:12.442Z"
              }
            ],
            "urls" : [ ],
            "text" : "Are you playing at da Lounge on Friday?",
            "mediaUrls" : [ ],
            "senderId" : "709486183076701121",
            "id" : "2008611504881926230",
            "createdAt" : "2026-01-06T18:47:55.618Z",
            "editHistory" : [ ]
          }
        }
      ]
    }
  }
]