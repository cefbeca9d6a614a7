window.YTD.personalization.part0 = [
  {
    "p13nData" : {
      "demographics" : {
        "languages" : [
          {
            "language" : "Norwegian",
            "isDisabled" : false
          },
          {
            "language" : "English",
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
            "name" : "Marine biology",
            "isDisabled" : false
          },
          {
            "name" : "Scuba diving",
            "isDisabled" : false
          },
          {
            "name" : "Climate change",
            "isDisabled" : false
          },
          {
            "name" : "Sustainable seafood",
            "isDisabled" : false
          },
          {
            "name" : "Cryptocurrencies",
            "isDisabled" : true
          }
        ],
        "partnerInterests" : [ ],
        "audienceAndAdvertisers" : {
          "lookalikeAdvertisers" : [
            "@fjorddykk",
            "@HavbrukNytt",
            "@vestkystkajakk"
          ],
          "advertisers" : [
            "@vestkystkajakk"
          ],
          "doNotReachAdvertisers" : [ ],
          "catalogAudienceAdvertisers" : [ ],
          "numAudiences" : "2"
        },
        "shows" : [
          "Havets skjulte skoger",
          "Kystlinjer"
        ]
      },
      "locationHistory" : [
        "Bergen, Vestland, Norway",
        "Tromsø, Troms, Norway"
      ],
      "inferredAgeInfo" : {
        "age" : [
          "25-54"
        ],
        "birthDate" : ""
      }
    }
  }
]