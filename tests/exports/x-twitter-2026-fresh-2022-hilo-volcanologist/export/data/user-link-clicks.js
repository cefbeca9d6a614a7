window.YTD.user_link_clicks.part0 = [
  {
    "userInteractionsData" : {
      "linkClick" : {
        "tweetId" : "1658810296600975710",
        "finalUrl" : "https://www.example.com/news/2023/05/17/mauna-loa-lava-tube-mapping",
        "timeStampOfInteraction" : "2023-05-17T19:22:48.603Z"
      }
    }
  },
  {
    "userInteractionsData" : {
      "linkClick" : {
        "tweetId" : "1653522525537562778",
        "finalUrl" : "https://gasdata.example.net/stations/summit-west/so2?range=7d",
        "timeStampOfInteraction" : "2023-05-03T06:11:05.117Z"
      }
    }
  },
  {
    "userInteractionsData" : {
      "linkClick" : {
        "tweetId" : "1650194957705307116",
        "finalUrl" : "https://www.example.org/papers/tephra-dispersal-models-2023.pdf",
        "timeStampOfInteraction" : "2023-04-24T21:48:31.950Z"
      }
    }
  }
]