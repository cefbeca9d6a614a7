window.YTD.tweetdeck.part0 = [
  {
    "deck" : {
      "title" : "Personal",
      "columns" : [
        {
          "pathname" : "/home",
          "title" : "Home"
        },
        {
          "pathname" : "/notifications",
          "title" : "🔔 Notifications"
        },
        {
          "pathname" : "/marisol_qtro",
          "title" : "My Profile"
        },
        {
          "pathname" : "/search",
          "query" : "from:valle_seedlibrary",
          "title" : "Seed library"
        }
      ]
    }
  },
  {
    "deck" : {
      "title" : "Garden clubs",
      "columns" : [
        {
          "pathname" : "/i/lists/1633014872109453312"
        },
        {
          "pathname" : "/valle_seedlibrary"
        },
        {
          "pathname" : "/search",
          "query" : "#tomatoswap Albuquerque"
        }
      ]
    }
  }
]