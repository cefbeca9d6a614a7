window.YTD.connected_application.part0 = [
  {
    "connectedApplication" : {
      "organization" : {
        "name" : "Example Birdsong Labs AB",
        "url" : "https://birdsong.example.com/",
        "privacyPolicyUrl" : "https://birdsong.example.com/privacy",
        "termsAndConditionsUrl" : "https://birdsong.example.com/terms"
      },
      "name" : "Fågelsång Share",
      "description" : "Post your bird recordings to X with species and place.",
      "permissions" : [
        "read",
        "write"
      ],
      "approvedAt" : "2023-05-21T05:48:30.000Z",
      "id" : "27104458"
    }
  },
  {
    "connectedApplication" : {
      "organization" : {
        "name" : "Example Archive Tools",
        "url" : "https://archive-tools.example.net/"
      },
      "name" : "ThreadKeeper",
      "description" : "Save threads you like as PDF.",
      "permissions" : [
        "read"
      ],
      "approvedAt" : "2024-08-02T12:16:09.000Z",
      "id" : "29011367"
    }
  },
  {
    "connectedApplication" : {
      "organization" : {
        "name" : ""
      },
      "name" : "dagny-mushroom-log",
      "description" : "Personal app to log finds.",
      "permissions" : [
        "read",
        "write",
        "directmessages"
      ],
      "approvedAt" : "2025-01-26T20:03:44.000Z",
      "id" : "29877120"
    }
  }
]