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
            "language" : "French",
            "isDisabled" : false
          },
          {
            "language" : "Yoruba",
            "isDisabled" : true
          }
        ],
        "genderInfo" : {
          "gender" : "male"
        }
      },
      "interests" : {
        "interests" : [
          {
            "name" : "Cycling",
            "isDisabled" : false
          },
          {
            "name" : "Open source",
            "isDisabled" : false
          },
          {
            "name" : "Jazz",
            "isDisabled" : false
          },
          {
            "name" : "Real estate",
            "isDisabled" : true
          }
        ],
        "partnerInterests" : [],
        "audienceAndAdvertisers" : {
          "numAudiences" : "37",
          "advertisers" : [
            "@ExampleBank",
            "@ExampleAirline"
          ],
          "lookalikeAdvertisers" : [
            "@ExampleBikes",
            "@ExampleStreaming",
            "@ExampleTelco"
          ],
          "doNotReachAdvertisers" : []
        },
        "shows" : [
          "Example Cooking Show",
          "The Invented Detective"
        ]
      },
      "inferredAgeInfo" : {
        "age" : [
          "25-34"
        ],
        "birthDate" : ""
      }
    }
  }
]