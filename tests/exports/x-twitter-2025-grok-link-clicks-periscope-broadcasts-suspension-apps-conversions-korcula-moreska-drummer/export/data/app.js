window.YTD.app.part0 = [
  {
    "app" : {
      "appId" : "com.example.trajektinfo",
      "appNames" : [
        "Trajekt Info: red plovidbe",
        "Ferry Info: Croatian timetables"
      ]
    }
  },
  {
    "app" : {
      "appId" : "com.example.chromatictuner",
      "appNames" : [
        "Drum Tuner Pro: Percussion Pitch"
      ]
    }
  },
  {
    "app" : {
      "appId" : "com.example.vremenskaprognoza",
      "appNames" : [
        "Prognoza Jadran",
        "Adriatic Weather & Wind",
        "Meteo Adriatico"
      ]
    }
  }
]