window.YTD.ageinfo.part0 = [
  {
    "ageMeta" : {
      "ageInfo" : {
        "age" : [
          "52"
        ],
        "birthDate" : "1973-10-08"
      }
    }
  }
]