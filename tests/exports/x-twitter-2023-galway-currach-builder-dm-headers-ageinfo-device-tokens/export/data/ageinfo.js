window.YTD.ageinfo.part0 = [
  {
    "ageMeta" : {
      "ageInfo" : {
        "age" : [
          "34"
        ],
        "birthDate" : "1989-02-11"
      },
      "inferredAgeInfo" : {
        "age" : [
          "25-34"
        ],
        "birthDate" : ""
      }
    }
  }
]