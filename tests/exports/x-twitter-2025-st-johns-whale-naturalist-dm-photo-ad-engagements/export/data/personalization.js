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
            "language" : "Irish",
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
            "name" : "Marine life",
            "isDisabled" : false
          },
          {
            "name" : "Outdoor photography",
            "isDisabled" : false
          },
          {
            "name" : "Kayaking",
            "isDisabled" : true
          },
          {
            "name" : "Weather",
            "isDisabled" : false
          }
        ],
        "partnerInterests" : [ ],
        "audienceAndAdvertisers" : {
          "lookalikeAdvertisers" : [
            "@harbourline_ex",
            "@capespear_tours_ex"
          ],
          "advertisers" : [ ],
          "doNotReachAdvertisers" : [ ],
          "catalogAudienceAdvertisers" : [ ],
          "numAudiences" : "3"
        },
        "shows" : [
          "Hockey Night in Canada",
          "Still Standing"
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