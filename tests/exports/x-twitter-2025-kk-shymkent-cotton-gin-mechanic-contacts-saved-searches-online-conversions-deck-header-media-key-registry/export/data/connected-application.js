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
      "approvedAt" : "2024-06-24T07:11:37.000Z",
      "id" : "3102987"
    }
  },
  {
    "connectedApplication" : {
      "organization" : {
        "name" : "SkyRow Labs",
        "url" : "https://skyrow.example.com",
        "privacyPolicyUrl" : "https://skyrow.example.com/privacy",
        "termsAndConditionsUrl" : "https://skyrow.example.com/terms"
      },
      "name" : "SkyRow Scheduler",
      "description" : "Plan and schedule posts for small workshops.",
      "permissions" : [
        "read"
      ],
      "approvedAt" : "2025-02-17T04:52:10.000Z",
      "id" : "29840562"
    }
  }
]