window.YTD.connected_application.part0 = [
  {
    "connectedApplication" : {
      "organization" : {
        "name" : "X Corp.",
        "url" : "https://x.com/",
        "privacyPolicyUrl" : "https://x.com/privacy",
        "termsAndConditionsUrl" : "https://x.com/tos"
      },
      "name" : "Twitter for Android",
      "description" : "Twitter for Android",
      "permissions" : [
        "read",
        "write",
        "directmessages"
      ],
      "approvedAt" : "2023-01-08T11:20:44.000Z",
      "id" : "258901"
    }
  },
  {
    "connectedApplication" : {
      "organization" : {
        "name" : "Example Kraf Borneo Sdn Bhd",
        "url" : "https://kraf.example.com/"
      },
      "name" : "KrafPost",
      "description" : "Schedule posts for your craft shop.",
      "permissions" : [
        "read",
        "write"
      ],
      "approvedAt" : "2024-11-02T06:15:09.000Z",
      "id" : "29874410"
    }
  }
]