window.YTD.personalization.part0 = [
  {
    "p13nData" : {
      "demographics" : {
        "languages" : [
          {
            "language" : "Gujarati",
            "isDisabled" : false
          },
          {
            "language" : "English",
            "isDisabled" : false
          },
          {
            "language" : "Hindi",
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
            "name" : "#Uttarayan",
            "isDisabled" : false
          },
          {
            "name" : "Arts & crafts",
            "isDisabled" : false
          },
          {
            "name" : "Festivals",
            "isDisabled" : false
          },
          {
            "name" : "Small business",
            "isDisabled" : false
          },
          {
            "name" : "Cricket",
            "isDisabled" : true
          }
        ],
        "partnerInterests" : [ ],
        "audienceAndAdvertisers" : {
          "lookalikeAdvertisers" : [
            "@sharpmanja_ex"
          ],
          "advertisers" : [ ],
          "doNotReachAdvertisers" : [ ],
          "catalogAudienceAdvertisers" : [ ],
          "numAudiences" : "0"
        },
        "shows" : [ ]
      },
      "locationHistory" : [
        "Ahmedabad, India"
      ],
      "inferredAgeInfo" : {
        "age" : [
          "13-54"
        ],
        "birthDate" : ""
      }
    }
  }
]