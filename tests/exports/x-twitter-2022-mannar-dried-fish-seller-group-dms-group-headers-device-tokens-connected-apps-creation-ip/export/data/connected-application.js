window.YTD.connected_application.part0 = [
  {
    "connectedApplication" : {
      "organization" : {
        "name" : "Twitter, Inc.",
        "url" : "https://twitter.com",
        "privacyPolicyUrl" : "https://twitter.com/privacy",
        "termsAndConditionsUrl" : "https://twitter.com/tos"
      },
      "name" : "Twitter for Android",
      "description" : "Twitter for Android",
      "permissions" : [
        "read",
        "write",
        "directmessages"
      ],
      "approvedAt" : "2021-04-29T03:11:46.000Z",
      "id" : "258901"
    }
  },
  {
    "connectedApplication" : {
      "organization" : {
        "name" : "Kadal Scheduler Labs",
        "url" : "https://kadal-scheduler.example.com",
        "privacyPolicyUrl" : "https://kadal-scheduler.example.com/privacy",
        "termsAndConditionsUrl" : "https://kadal-scheduler.example.com/terms"
      },
      "name" : "Kadal Scheduler",
      "description" : "Plan and queue Tweets for your market stall.",
      "permissions" : [
        "read",
        "write"
      ],
      "approvedAt" : "2022-01-17T14:52:09.000Z",
      "id" : "21873395"
    }
  }
]