window.YTD.like.part0 = [
  {
    "like" : {
      "tweetId" : "2123751732149462939",
      "fullText" : "Bora came through Struga last night, three boats loose at the quay. Check your moorings, friends 🌬️",
      "expandedUrl" : "https://twitter.com/i/web/status/2123751732149462939"
    }
  },
  {
    "like" : {
      "tweetId" : "2115697770886849829",
      "fullText" : "Нов број на билтенот за дрвени бродови: катран, коноп и стари алати https://t.co/Ra8nXe2PqL",
      "expandedUrl" : "https://twitter.com/i/web/status/2115697770886849829"
    }
  }
]