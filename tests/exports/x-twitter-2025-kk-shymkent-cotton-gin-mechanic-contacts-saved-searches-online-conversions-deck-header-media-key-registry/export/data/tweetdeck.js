window.YTD.tweetdeck.part0 = [
  {
    "deck" : {
      "title" : "Жұмыс",
      "columns" : [
        {
          "pathname" : "/home",
          "title" : "Home"
        },
        {
          "pathname" : "/search?q=мақта%20зауыты",
          "title" : "Мақта 🌱"
        },
        {
          "pathname" : "/i/lists/1698237711850209280",
          "title" : "Agri mechanics"
        }
      ]
    }
  },
  {
    "deck" : {
      "title" : "Personal",
      "columns" : [
        {
          "pathname" : "/notifications",
          "title" : "🔔 Notifications"
        },
        {
          "pathname" : "/aigerim_chigin",
          "title" : "My Profile"
        }
      ]
    }
  }
]