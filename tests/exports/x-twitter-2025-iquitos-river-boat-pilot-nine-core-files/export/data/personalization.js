window.YTD.personalization.part0 = [
  {
    "p13nData" : {
      "demographics" : {
        "languages" : [
          {
            "language" : "Spanish",
            "isDisabled" : false
          },
          {
            "language" : "Portuguese",
            "isDisabled" : false
          }
        ],
        "genderInfo" : {
          "gender" : "male"
        }
      },
      "interests" : {
        "interests" : [
          {
            "name" : "Boating",
            "isDisabled" : false
          },
          {
            "name" : "Fishing",
            "isDisabled" : false
          },
          {
            "name" : "Weather",
            "isDisabled" : false
          },
          {
            "name" : "Universitario de Deportes",
            "isDisabled" : true
          }
        ],
        "partnerInterests" : [ ],
        "audienceAndAdvertisers" : {
          "lookalikeAdvertisers" : [
            "@motores_fuera_ex"
          ],
          "advertisers" : [ ],
          "doNotReachAdvertisers" : [ ],
          "catalogAudienceAdvertisers" : [ ],
          "numAudiences" : "0"
        },
        "shows" : [
          "Copa Libertadores"
        ]
      },
      "locationHistory" : [
        "Iquitos, Peru"
      ],
      "inferredAgeInfo" : {
        "age" : [
          "35-54"
        ],
        "birthDate" : ""
      }
    }
  }
]