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
          "title" : "Notificaciones"
        },
        {
          "pathname" : "/search",
          "query" : "paja toquilla sombrero fino"
        },
        {
          "pathname" : "/RosaQuizhpi_Tejidos",
          "query" : "from:RosaQuizhpi_Tejidos"
        }
      ]
    }
  },
  {
    "deck" : {
      "title" : "Ferias",
      "columns" : [
        {
          "pathname" : "/RosaQuizhpi_Tejidos/lists/1611904452870348801"
        },
        {
          "pathname" : "/search",
          "title" : "Feria artesanal",
          "query" : "#FeriaArtesanalCuenca"
        }
      ]
    }
  }
]
