window.YTD.connected_application.part0 = [
  {
    "connectedApplication" : {
      "organization" : {
        "name" : "Twitter, Inc.",
        "url" : ""
      },
      "name" : "Twitter for Android",
      "description" : "Twitter for Android",
      "permissions" : [
        "read",
        "write"
      ],
      "approvedAt" : "2025-09-18T04:51:22.000Z",
      "id" : "3412906"
    }
  },
  {
    "connectedApplication" : {
      "organization" : {
        "name" : "Harvest Post Ltd (example)",
        "url" : "https://harvestpost.example.com",
        "privacyPolicyUrl" : "https://harvestpost.example.com/privacy",
        "termsAndConditionsUrl" : "https://harvestpost.example.com/terms"
      },
      "name" : "Harvest Post Scheduler",
      "description" : "Plan and schedule posts for your farm or cooperative.",
      "permissions" : [
        "read",
        "write"
      ],
      "approvedAt" : "2023-03-07T10:26:45.000Z",
      "id" : "27714530"
    }
  },
  {
    "connectedApplication" : {
      "organization" : {
        "name" : ""
      },
      "name" : "Ushirika Members Portal",
      "description" : "Sign in to the cooperative members portal with X.",
      "permissions" : [
        "read",
        "emailaddress"
      ],
      "approvedAt" : "2024-08-12T15:03:58.000Z",
      "id" : "29380166"
    }
  }
]