window.YTD.personalization.part0 = [ {
  "p13nData" : {
    "demographics" : {
      "languages" : [ {
        "language" : "Catalan",
        "isDisabled" : false
      }, {
        "language" : "Spanish",
        "isDisabled" : false
      }, {
        "language" : "English",
        "isDisabled" : false
      } ],
      "genderInfo" : {
        "gender" : "female"
      }
    },
    "interests" : {
      "interests" : [ {
        "name" : "Castells",
        "isDisabled" : false
      }, {
        "name" : "Folk and traditional",
        "isDisabled" : false
      }, {
        "name" : "Physiotherapy",
        "isDisabled" : false
      }, {
        "name" : "FC Barcelona",
        "isDisabled" : true
      } ],
      "partnerInterests" : [ ],
      "audienceAndAdvertisers" : {
        "numAudiences" : "7",
        "advertisers" : [ "@CalcotsAltCamp", "@FisioMaterial_ex" ]
      }
    },
    "locationHistory" : [ "Valls, Spain", "Tarragona, Spain" ]
  }
} ]