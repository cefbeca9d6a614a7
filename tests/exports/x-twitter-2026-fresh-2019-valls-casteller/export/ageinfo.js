window.YTD.ageinfo.part0 = [ {
  "ageMeta" : {
    "ageInfo" : {
      "age" : [ "34" ],
      "birthDate" : "1984-11-03"
    },
    "inferredAgeInfo" : {
      "age" : [ "13-54" ],
      "birthDate" : ""
    }
  }
} ]