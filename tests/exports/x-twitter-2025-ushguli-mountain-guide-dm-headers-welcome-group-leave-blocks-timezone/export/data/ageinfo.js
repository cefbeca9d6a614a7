window.YTD.ageinfo.part0 = [
  {
    "ageMeta" : {
      "ageInfo" : {
        "age" : [
          "25-34"
        ],
        "birthDate" : "1993-08-17"
      }
    }
  }
]