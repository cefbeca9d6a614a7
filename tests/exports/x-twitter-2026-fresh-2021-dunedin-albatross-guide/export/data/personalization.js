window.YTD.personalization.part0 = [
  {
    "p13nData" : {
      "demographics" : {
        "languages" : [
          {
            "language" : "English",
            "isDisabled" : false
          },
          {
            "language" : "Spanish",
            "isDisabled" : false
          }
        ],
        "genderInfo" : {
          "gender" : "female"
        }
      },
      "interests" : {
        "interests" : [
          {
            "name" : "Birdwatching",
            "isDisabled" : false
          },
          {
            "name" : "Conservation",
            "isDisabled" : false
          },
          {
            "name" : "Hiking",
            "isDisabled" : false
          },
          {
            "name" : "Rugby",
            "isDisabled" : true
          },
          {
            "name" : "Weather",
            "isDisabled" : false
          }
        ],
        "partnerInterests" : [ ],
        "audienceAndAdvertisers" : {
          "numAudiences" : "0",
          "advertisers" : [ ],
          "lookalikeAdvertisers" : [
            "@kahustream_ex",
            "@taiaroa_gear_ex"
          ]
        },
        "shows" : [
          "Planet Earth II",
          "Country Calendar"
        ]
      },
      "locationHistory" : [ ],
      "inferredAgeInfo" : {
        "age" : [
          "25-34"
        ],
        "birthDate" : ""
      }
    }
  }
]