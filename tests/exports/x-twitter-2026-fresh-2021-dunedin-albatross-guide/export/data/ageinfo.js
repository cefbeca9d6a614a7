window.YTD.ageinfo.part0 = [
  {
    "ageMeta" : {
      "ageInfo" : {
        "age" : [
          "34"
        ],
        "birthDate" : "1987-05-21"
      }
    }
  }
]