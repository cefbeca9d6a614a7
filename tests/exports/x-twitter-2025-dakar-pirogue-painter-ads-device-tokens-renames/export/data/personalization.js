window.YTD.personalization.part0 = [
  {
    "p13nData" : {
      "demographics" : {
        "languages" : [
          {
            "language" : "French",
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
            "name" : "Painting",
            "isDisabled" : false
          },
          {
            "name" : "Fishing",
            "isDisabled" : false
          },
          {
            "name" : "Boats",
            "isDisabled" : false
          },
          {
            "name" : "Lions de la Teranga",
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
            "@peint_capvert_ex",
            "@lms_ferry_ex"
          ],
          "advertisers" : [ ],
          "doNotReachAdvertisers" : [ ],
          "catalogAudienceAdvertisers" : [ ],
          "numAudiences" : "0"
        },
        "shows" : [
          "Africa Cup of Nations 2023"
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