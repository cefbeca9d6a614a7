window.YTD.user_link_clicks.part0 = [
  {
    "userInteractionsData" : {
      "linkClick" : {
        "tweetId" : "2009299074544746497",
        "finalUrl" : "https://pol-heritage-walks.example.org/raipur-khadia-kite-market",
        "timeStampOfInteraction" : "2026-01-08T16:21:37.644Z"
      }
    }
  },
  {
    "userInteractionsData" : {
      "linkClick" : {
        "tweetId" : "2005519146808333653",
        "finalUrl" : "https://sharpmanja.example.com/uttarayan-2026?utm_source=x&utm_medium=paid",
        "timeStampOfInteraction" : "2026-01-06T14:32:19.518Z"
      }
    }
  }
]