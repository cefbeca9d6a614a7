window.YTD.verified_organization.part0 = [
  {
    "verifiedOrganization" : {
      "affiliatedToAccounts" : [
        {
          "screenName" : "HillLeafGrowersCoop",
          "verfiedType" : "Business",
          "createdAt" : "2025-03-04T09:26:11.000Z"
        }
      ],
      "affiliates" : [ ]
    }
  }
]