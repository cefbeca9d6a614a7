window.YTD.tweetdeck.part0 = [
  {
    "deck" : {
      "title" : "Taller",
      "columns" : [
        {
          "pathname" : "/home",
          "title" : "Home"
        },
        {
          "pathname" : "/notifications",
          "title" : "🔔 Notificaciones"
        },
        {
          "pathname" : "/search",
          "query" : "cacao chuquisaca OR \"chocolate de sucre\" -filter:replies"
        }
      ]
    }
  },
  {
    "deck" : {
      "title" : "Ferias",
      "columns" : [
        {
          "pathname" : "/ximena_cacao_scr"
        },
        {
          "pathname" : "/ximena_cacao_scr/timelines/1703318845120655360"
        },
        {
          "pathname" : "/search",
          "query" : "#FeriaDelChocolate since:2024-06-01"
        }
      ]
    }
  }
]