window.YTD.user_link_clicks.part0 = [
  {
    "userInteractionsData" : {
      "linkClick" : {
        "tweetId" : "1889021473650184192",
        "finalUrl" : "https://www.example.org/marine-forecast/cook-strait",
        "timeStampOfInteraction" : "2025-02-10T18:42:06.000Z"
      }
    }
  },
  {
    "userInteractionsData" : {
      "linkClick" : {
        "tweetId" : "1891544120937603072",
        "finalUrl" : "https://news.example.com/2025/02/interislander-sailings-cancelled-swell",
        "timeStampOfInteraction" : "2025-02-17T06:15:39.000Z"
      }
    }
  },
  {
    "userInteractionsData" : {
      "linkClick" : {
        "tweetId" : "1897730051841269760",
        "finalUrl" : "https://www.example.net/jobs/deck-officer-class-6",
        "timeStampOfInteraction" : "2025-03-06T21:58:12.000Z"
      }
    }
  }
]
