window.YTD.user_link_clicks.part0 = [
  {
    "userInteractionsData" : {
      "linkClick" : {
        "tweetId" : "1950450082771894313",
        "finalUrl" : "https://www.example.org/korcula/ljeto-2025/raspored-moreske",
        "timeStampOfInteraction" : "2025-07-30T07:02:44.381Z"
      }
    }
  },
  {
    "userInteractionsData" : {
      "linkClick" : {
        "tweetId" : "1952721260639158280",
        "finalUrl" : "https://shop.example.com/tapan-drum-rope-8mm?utm_source=twitter&utm_medium=social",
        "timeStampOfInteraction" : "2025-08-05T21:47:10.026Z"
      }
    }
  },
  {
    "userInteractionsData" : {
      "linkClick" : {
        "tweetId" : "1957745088918454272",
        "finalUrl" : "https://www.youtube.com/watch?v=Xq7mKorc9Tz",
        "timeStampOfInteraction" : "2025-08-20T05:16:33.907Z"
      }
    }
  }
]