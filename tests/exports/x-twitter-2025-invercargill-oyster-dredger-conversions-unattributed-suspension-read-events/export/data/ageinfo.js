window.YTD.ageinfo.part0 = [
  {
    "ageMeta" : {
      "ageInfo" : {
        "age" : [
          "38"
        ],
        "birthDate" : "1987-03-09"
      }
    }
  }
]
