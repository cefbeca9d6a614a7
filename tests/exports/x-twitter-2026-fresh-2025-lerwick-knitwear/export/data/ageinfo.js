window.YTD.ageinfo.part0 = [
  {
    "ageMeta" : {
      "ageInfo" : {
        "age" : [
          "36"
        ],
        "birthDate" : "1989-07-02"
      }
    }
  }
]