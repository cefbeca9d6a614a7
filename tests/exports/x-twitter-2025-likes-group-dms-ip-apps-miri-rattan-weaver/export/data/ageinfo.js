window.YTD.ageinfo.part0 = [
  {
    "ageMeta" : {
      "ageInfo" : {
        "age" : [
          "35-54"
        ],
        "birthDate" : "1981-09-03"
      }
    }
  }
]