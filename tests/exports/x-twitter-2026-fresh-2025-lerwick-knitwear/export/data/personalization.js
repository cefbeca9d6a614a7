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
            "language" : "Norwegian",
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
            "name" : "#FairIsle",
            "isDisabled" : false
          },
          {
            "name" : "Knitting",
            "isDisabled" : false
          },
          {
            "name" : "Ferries",
            "isDisabled" : false
          },
          {
            "name" : "Fiddle music",
            "isDisabled" : false
          },
          {
            "name" : "Small business",
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
            "@loomcast_ex",
            "@woolweek_ex"
          ],
          "advertisers" : [ ],
          "doNotReachAdvertisers" : [ ],
          "catalogAudienceAdvertisers" : [ ],
          "numAudiences" : "0"
        },
        "shows" : [
          "Island Crafts (example)",
          "Da Peerie Bake Off (example)"
        ]
      },
      "locationHistory" : [
        "Lerwick, United Kingdom"
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