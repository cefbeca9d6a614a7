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
            "language" : "Swahili",
            "isDisabled" : false
          },
          {
            "language" : "art (Private-Use: emoji)",
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
            "name" : "#WorldFisheriesDay",
            "isDisabled" : false
          },
          {
            "name" : "Agriculture",
            "isDisabled" : false
          },
          {
            "name" : "Aquaculture",
            "isDisabled" : false
          },
          {
            "name" : "Cooperatives",
            "isDisabled" : false
          },
          {
            "name" : "Fishing",
            "isDisabled" : false
          },
          {
            "name" : "Harambee Stars",
            "isDisabled" : true
          },
          {
            "name" : "Solar energy",
            "isDisabled" : false
          }
        ],
        "partnerInterests" : [ ],
        "audienceAndAdvertisers" : {
          "lookalikeAdvertisers" : [
            "@ZiwaFeedsEx",
            "@AquaSenseEAEx"
          ],
          "advertisers" : [ ],
          "doNotReachAdvertisers" : [ ],
          "catalogAudienceAdvertisers" : [ ],
          "numAudiences" : "0"
        },
        "shows" : [
          "Lakeside Harvest (example)",
          "Mashamba Mapya (example)"
        ]
      },
      "locationHistory" : [
        "Kisumu, Kenya"
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