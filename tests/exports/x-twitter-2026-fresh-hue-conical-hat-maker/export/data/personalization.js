window.YTD.personalization.part0 = [
  {
    "p13nData" : {
      "demographics" : {
        "languages" : [
          {
            "language" : "Vietnamese",
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
            "name" : "#nónlá",
            "isDisabled" : false
          },
          {
            "name" : "Arts & crafts",
            "isDisabled" : false
          },
          {
            "name" : "Cultural heritage",
            "isDisabled" : false
          },
          {
            "name" : "Fashion accessories",
            "isDisabled" : false
          },
          {
            "name" : "Poetry",
            "isDisabled" : false
          },
          {
            "name" : "Travel",
            "isDisabled" : false
          },
          {
            "name" : "Weddings",
            "isDisabled" : true
          }
        ],
        "partnerInterests" : [ ],
        "audienceAndAdvertisers" : {
          "lookalikeAdvertisers" : [
            "@langstay_ex",
            "@treviet_ex"
          ],
          "advertisers" : [
            "@gioquatet_ex"
          ],
          "doNotReachAdvertisers" : [ ],
          "catalogAudienceAdvertisers" : [ ],
          "numAudiences" : "0"
        },
        "shows" : [
          "Huế Festival 2026 (example)"
        ]
      },
      "locationHistory" : [
        "Huế, Vietnam"
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