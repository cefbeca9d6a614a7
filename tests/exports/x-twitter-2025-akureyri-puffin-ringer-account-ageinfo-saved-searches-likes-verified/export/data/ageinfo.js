window.YTD.ageinfo.part0 = [
  {
    "ageMeta" : {
      "ageInfo" : {
        "age" : [
          "38"
        ],
        "birthDate" : "1987-05-19"
      },
      "inferredAgeInfo" : {
        "age" : [
          "25-49"
        ],
        "birthDate" : ""
      }
    }
  }
]
