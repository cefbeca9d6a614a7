window.YTD.user_link_clicks.part0 = [
  {
    "userInteractionsData" : {
      "linkClick" : {
        "tweetId" : "1938215506627442719",
        "finalUrl" : "https://www.example.org/news/2025/06/icebreaker-resupply-voyage-2-delayed",
        "timeStampOfInteraction" : "2025-06-26T22:14:09.381Z"
      }
    }
  },
  {
    "userInteractionsData" : {
      "linkClick" : {
        "tweetId" : "1931077384152604833",
        "finalUrl" : "https://sea-ice.example.net/charts/prydz-bay/latest?layer=concentration",
        "timeStampOfInteraction" : "2025-06-07T04:48:52.006Z"
      }
    }
  },
  {
    "userInteractionsData" : {
      "linkClick" : {
        "tweetId" : "1902566170439901554",
        "finalUrl" : "https://jobs.example.com/listing/88213-dangerous-goods-officer-hobart",
        "timeStampOfInteraction" : "2025-03-20T09:31:27.645Z"
      }
    }
  }
]