window.YTD.tweetdeck.part0 = [
  {
    "deck" : {
      "title" : "Rowing",
      "columns" : [
        {
          "pathname" : "/home",
          "title" : "Home"
        },
        {
          "pathname" : "/notifications",
          "title" : "🔔-Notifications"
        },
        {
          "pathname" : "/search",
          "query" : "currach regatta clew bay"
        }
      ]
    }
  },
  {
    "deck" : {
      "title" : "Lists",
      "columns" : [
        {
          "pathname" : "/aoife_currach"
        },
        {
          "pathname" : "/aoife_currach/timelines/1582047716203958272"
        }
      ]
    }
  }
]
