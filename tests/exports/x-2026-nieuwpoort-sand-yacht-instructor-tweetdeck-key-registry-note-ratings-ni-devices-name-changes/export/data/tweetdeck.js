window.YTD.tweetdeck.part0 = [
  {
    "deck" : {
      "title" : "Garnaal",
      "columns" : [
        {
          "pathname" : "/home",
          "title" : "Home"
        },
        {
          "pathname" : "/notifications",
          "title" : "🔔 Meldingen"
        },
        {
          "pathname" : "/search",
          "query" : "paardenvissers OR #garnaalvissers"
        },
        {
          "pathname" : "/VisserijNieuwsVL"
        }
      ]
    }
  },
  {
    "deck" : {
      "title" : "Getijden",
      "columns" : [
        {
          "pathname" : "/WieneVerbrugge_"
        },
        {
          "pathname" : "/WieneVerbrugge_/timelines/1781206634409871360"
        },
        {
          "pathname" : "/search",
          "query" : "from:KustweerOostende getij",
          "title" : "Getij kust"
        }
      ]
    }
  }
]
