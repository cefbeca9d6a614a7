window.YTD.ageinfo.part0 = [
  {
    "ageMeta" : {
      "ageInfo" : {
        "age" : [
          "34"
        ],
        "birthDate" : "1991-07-23"
      }
    }
  }
]