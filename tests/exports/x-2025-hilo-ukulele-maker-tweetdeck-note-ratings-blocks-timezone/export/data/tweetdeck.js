window.YTD.tweetdeck.part0 = [
  {
    "deck" : {
      "title" : "Shop",
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
          "pathname" : "/hilo_ukes",
          "query" : "koa ukulele OR \"curly koa\" -filter:retweets"
        }
      ]
    }
  },
  {
    "deck" : {
      "title" : "Luthiers",
      "columns" : [
        {
          "pathname" : "/hilo_ukes"
        },
        {
          "pathname" : "/hilo_ukes/timelines/1612093847561203712"
        },
        {
          "pathname" : "/hilo_ukes/timelines/1745520193847561216?urtUrl="
        }
      ]
    }
  }
]
