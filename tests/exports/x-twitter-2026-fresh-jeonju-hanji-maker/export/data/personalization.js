window.YTD.personalization.part0 = [
  {
    "p13nData" : {
      "demographics" : {
        "languages" : [
          {
            "language" : "Korean",
            "isDisabled" : false
          },
          {
            "language" : "English",
            "isDisabled" : false
          },
          {
            "language" : "Japanese",
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
            "name" : "#한지",
            "isDisabled" : false
          },
          {
            "name" : "Arts & crafts",
            "isDisabled" : false
          },
          {
            "name" : "Bookbinding",
            "isDisabled" : false
          },
          {
            "name" : "Calligraphy",
            "isDisabled" : false
          },
          {
            "name" : "Cultural heritage",
            "isDisabled" : false
          },
          {
            "name" : "Interior design",
            "isDisabled" : false
          },
          {
            "name" : "K-dramas",
            "isDisabled" : true
          },
          {
            "name" : "Tea",
            "isDisabled" : false
          }
        ],
        "partnerInterests" : [ ],
        "audienceAndAdvertisers" : {
          "lookalikeAdvertisers" : [
            "@paperlab_kr_ex",
            "@studio_washi_ex"
          ],
          "advertisers" : [ ],
          "doNotReachAdvertisers" : [ ],
          "catalogAudienceAdvertisers" : [ ],
          "numAudiences" : "0"
        },
        "shows" : [
          "Hanok Stories (example)",
          "Seasons of Jeonju (example)"
        ]
      },
      "locationHistory" : [
        "Jeonju-si, South Korea"
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