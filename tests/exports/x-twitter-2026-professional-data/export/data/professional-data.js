window.YTD.professional_data.part0 = [
  {
    "professionalData" : {
      "professionalType" : "Creator",
      "appSpotlight" : [ ],
      "accountId" : "1388204715536412673",
      "linkSpotlight" : [ ],
      "creationSource" : "EditProfile",
      "professionalId" : "1779032615904423937",
      "categories" : [
        {
          "categoryName" : "Science & Technology",
          "setToDisplay" : true
        }
      ],
      "createdAt" : "2024-04-13T08:27:51.604Z",
      "locationSpotlight" : [ ]
    }
  }
]
