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
          },
          {
            "language" : "Swedish",
            "isDisabled" : true
          }
        ],
        "genderInfo" : {
          "gender" : "female"
        }
      },
      "interests" : {
        "interests" : [
          {
            "name" : "#BigSit2024",
            "isDisabled" : false
          },
          {
            "name" : "$KLNX",
            "isDisabled" : true
          },
          {
            "name" : "Birdwatching",
            "isDisabled" : false
          },
          {
            "name" : "Ceramics",
            "isDisabled" : false
          },
          {
            "name" : "Sonoran Desert",
            "isDisabled" : false
          },
          {
            "name" : "Tucson",
            "isDisabled" : false
          }
        ],
        "partnerInterests" : [ ],
        "audienceAndAdvertisers" : {
          "lookalikeAdvertisers" : [
            "@KilnWorksSupplyEx",
            "@DesertOpticsEx"
          ],
          "advertisers" : [ ],
          "doNotReachAdvertisers" : [ ],
          "catalogAudienceAdvertisers" : [ ],
          "numAudiences" : "0"
        },
        "shows" : [
          "Wings Over the Saguaro",
          "The Clay Studio (Example TV)",
          "Live: Example Desert Marathon"
        ]
      },
      "locationHistory" : [
        "Tucson, AZ, USA",
        "Bisbee, AZ, USA"
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