window.YTD.ageinfo.part0 = [ {
  "ageMeta" : {
    "ageInfo" : {
      "age" : [ "34" ],
      "birthDate" : "1986-02-21"
    }
  }
} ]