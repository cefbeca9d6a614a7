window.YTD.personalization.part0 = [ {
  "p13nData" : {
    "demographics" : {
      "languages" : [ {
        "language" : "Spanish",
        "isDisabled" : false
      }, {
        "language" : "Quechua",
        "isDisabled" : false
      }, {
        "language" : "English",
        "isDisabled" : true
      } ],
      "genderInfo" : {
        "gender" : "male"
      }
    },
    "interests" : {
      "interests" : [ {
        "name" : "Arts and crafts",
        "isDisabled" : false
      }, {
        "name" : "Carnaval de Oruro",
        "isDisabled" : false
      }, {
        "name" : "Folk music",
        "isDisabled" : false
      }, {
        "name" : "Soccer",
        "isDisabled" : true
      }, {
        "name" : "Small business",
        "isDisabled" : false
      } ],
      "partnerInterests" : [ ],
      "audienceAndAdvertisers" : {
        "numAudiences" : "1",
        "advertisers" : [ "@pinturas_andinas" ],
        "lookalikeAdvertisers" : [ "@folklore_bolivia", "@Spotify_LATAM", "@TigoBolivia" ]
      },
      "shows" : [ "Carnaval de Oruro 2020", "Copa América" ]
    },
    "locationHistory" : [ "Bolivia", "Oruro, Bolivia", "La Paz, Bolivia" ],
    "inferredAgeInfo" : {
      "age" : [ "25-34" ],
      "birthDate" : ""
    }
  }
} ]