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
            "language" : "Scottish Gaelic",
            "isDisabled" : false
          }
        ],
        "genderInfo" : {
          "gender" : "female",
          "genderOverride" : ""
        }
      },
      "interests" : {
        "interests" : [
          {
            "name" : "Ferries",
            "isDisabled" : false
          },
          {
            "name" : "Whisky",
            "isDisabled" : false
          },
          {
            "name" : "Marine wildlife",
            "isDisabled" : true
          }
        ],
        "partnerInterests" : [ ],
        "audienceAndAdvertisers" : {
          "lookalikeAdvertisers" : [
            "@calmac_example",
            "@hebrideanknit_ex"
          ],
          "advertisers" : [ ],
          "doNotReachAdvertisers" : [ ],
          "catalogAudienceAdvertisers" : [ ],
          "numAudiences" : "4"
        },
        "shows" : [
          "Shetland",
          "The Crown"
        ]
      },
      "locationHistory" : [ ],
      "inferredAgeInfo" : {
        "age" : [
          "35-54"
        ],
        "birthDate" : ""
      }
    }
  }
]
