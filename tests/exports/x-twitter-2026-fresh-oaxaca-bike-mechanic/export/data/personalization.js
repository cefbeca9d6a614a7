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
            "language" : "English",
            "isDisabled" : false
          },
          {
            "language" : "No linguistic content",
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
            "name" : "Bicycles",
            "isDisabled" : false
          },
          {
            "name" : "Cycling",
            "isDisabled" : false
          },
          {
            "name" : "Do-it-yourself",
            "isDisabled" : false
          },
          {
            "name" : "Mexican cuisine",
            "isDisabled" : true
          },
          {
            "name" : "Mountain biking",
            "isDisabled" : false
          },
          {
            "name" : "Oaxaca",
            "isDisabled" : false
          },
          {
            "name" : "Sustainable transportation",
            "isDisabled" : false
          },
          {
            "name" : "Tour de France",
            "isDisabled" : true
          }
        ],
        "partnerInterests" : [ ],
        "audienceAndAdvertisers" : {
          "lookalikeAdvertisers" : [
            "@BiciPartesMX_ex",
            "@ParqueLlantero_ex",
            "@RutaVerdeApp_ex"
          ],
          "advertisers" : [ ],
          "doNotReachAdvertisers" : [ ],
          "catalogAudienceAdvertisers" : [ ],
          "numAudiences" : "0"
        },
        "shows" : [
          "Giro d'Italia",
          "La Vuelta a España",
          "Tour de France 2024"
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