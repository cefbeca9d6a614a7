window.YTD.ageinfo.part0 = [
  {
    "ageMeta" : {
      "ageInfo" : {
        "age" : [
          "47"
        ],
        "birthDate" : "1977-11-23"
      }
    }
  }
]