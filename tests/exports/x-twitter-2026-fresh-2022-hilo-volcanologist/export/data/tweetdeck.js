window.YTD.tweetdeck.part0 = [
  {
    "deck" : {
      "title" : "Eruption watch",
      "columns" : [
        {
          "pathname" : "/home",
          "title" : "Home"
        },
        {
          "pathname" : "/search",
          "query" : "Kilauea OR \"Mauna Loa\" eruption"
        },
        {
          "pathname" : "/list/1541273904658104320"
        },
        {
          "pathname" : "/notifications",
          "title" : "🌋 Notifications"
        }
      ]
    }
  }
]