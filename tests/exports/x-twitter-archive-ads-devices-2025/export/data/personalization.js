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
            "language" : "Italian",
            "isDisabled" : false
          },
          {
            "language" : "English",
            "isDisabled" : true
          }
        ],
        "genderInfo" : {
          "gender" : "female",
          "genderOverride" : "non-binary"
        }
      },
      "interests" : {
        "interests" : [
          {
            "name" : "Trail running",
            "isDisabled" : false
          },
          {
            "name" : "Craft beer",
            "isDisabled" : false
          },
          {
            "name" : "Mountaineering",
            "isDisabled" : false
          },
          {
            "name" : "Personal finance",
            "isDisabled" : true
          }
        ],
        "partnerInterests" : [ ],
        "audienceAndAdvertisers" : {
          "lookalikeAdvertisers" : [
            "@AlpesTrailMagEx",
            "@SommetEquipEx"
          ],
          "advertisers" : [
            "@SommetEquipEx"
          ],
          "doNotReachAdvertisers" : [ ],
          "catalogAudienceAdvertisers" : [
            "@SommetEquipEx"
          ],
          "numAudiences" : "4"
        },
        "shows" : [
          "Les Sentiers Invisibles",
          "Cordée (série exemple)"
        ]
      },
      "locationHistory" : [
        "Grenoble, Auvergne-Rhône-Alpes, France",
        "Chamonix-Mont-Blanc, Auvergne-Rhône-Alpes, France"
      ],
      "inferredAgeInfo" : {
        "age" : [
          "25-34"
        ],
        "birthDate" : ""
      }
    }
  }
]
