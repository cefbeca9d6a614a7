window.YTD.tweetdeck.part0 = [
  {
    "deck" : {
      "title" : "Mäkikausi",
      "columns" : [
        {
          "pathname" : "/home",
          "title" : "Home"
        },
        {
          "pathname" : "/notifications",
          "title" : "🔔-Ilmoitukset"
        },
        {
          "pathname" : "/search",
          "query" : "salpausselkä mäkihyppy"
        }
      ]
    }
  },
  {
    "deck" : {
      "title" : "Valmennus",
      "columns" : [
        {
          "pathname" : "/tuulikki_hyppaa"
        },
        {
          "pathname" : "/tuulikki_hyppaa/timelines/1712403958861307904"
        },
        {
          "pathname" : "/tuulikki_hyppaa",
          "query" : "from:tuulikki_hyppaa"
        }
      ]
    }
  }
]
