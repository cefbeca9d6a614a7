window.YTD.ageinfo.part0 = [
  {
    "ageMeta" : {
      "ageInfo" : {
        "age" : [
          "31"
        ],
        "birthDate" : "1992-03-14"
      }
    }
  }
]