window.YTD.user_link_clicks.part0 = [
  {
    "userInteractionsData" : {
      "linkClick" : {
        "tweetId" : "1642000000000000419",
        "finalUrl" : "https://news.example.org/2023/04/valencia-cycle-lanes",
        "timeStampOfInteraction" : "2023-04-06T12:31:07.552Z"
      }
    }
  },
  {
    "userInteractionsData" : {
      "linkClick" : {
        "tweetId" : "1642300000000000520",
        "finalUrl" : "https://www.example.com/recipes/arroz-al-horno",
        "timeStampOfInteraction" : "2023-04-08T19:02:45.118Z"
      }
    }
  }
]