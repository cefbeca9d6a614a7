window.YTD.app.part0 = [
  {
    "app" : {
      "appId" : "pt.examplebanco.mobile",
      "appNames" : [
        "Banco Exemplo",
        "Banco Exemplo: conta e cartões",
        "Example Bank PT"
      ]
    }
  },
  {
    "app" : {
      "appId" : "com.example.trailmapper",
      "appNames" : [
        "TrailMapper: Hiking Maps"
      ]
    }
  },
  {
    "app" : {
      "appId" : "org.example.birdcall",
      "appNames" : [
        "BirdCall ID",
        "BirdCall: identificar aves",
        "BirdCall – Vogelstimmen"
      ]
    }
  }
]