window.YTD.ageinfo.part0 = [
  {
    "ageMeta" : {
      "ageInfo" : {
        "age" : [
          "25-34"
        ],
        "birthDate" : "1990-08-27"
      }
    }
  }
]