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
      "approvedAt" : "2025-03-08T10:12:40.000Z",
      "id" : "258901"
    }
  },
  {
    "connectedApplication" : {
      "organization" : {
        "name" : "Boatyard Journal Ltd (example)",
        "url" : "https://boatyardjournal.example.com",
        "privacyPolicyUrl" : "https://boatyardjournal.example.com/privacy",
        "termsAndConditionsUrl" : "https://boatyardjournal.example.com/terms"
      },
      "name" : "Boatyard Journal",
      "description" : "Keep a build log for your boat and share progress photos.",
      "permissions" : [
        "read",
        "write"
      ],
      "approvedAt" : "2024-06-09T16:40:12.000Z",
      "id" : "28815407"
    }
  }
]