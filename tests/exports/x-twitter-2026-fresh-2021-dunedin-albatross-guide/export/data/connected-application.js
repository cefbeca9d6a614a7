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
      "approvedAt" : "2019-02-16T09:22:41.000Z",
      "id" : "258901"
    }
  },
  {
    "connectedApplication" : {
      "organization" : {
        "name" : "Tidewater Apps Ltd",
        "url" : "https://tidewater.example.com",
        "privacyPolicyUrl" : "https://tidewater.example.com/privacy",
        "termsAndConditionsUrl" : "https://tidewater.example.com/terms"
      },
      "name" : "TidePost Scheduler",
      "description" : "Schedule tide and weather posts for your Twitter account.",
      "permissions" : [
        "read",
        "write"
      ],
      "approvedAt" : "2021-03-08T04:55:19.000Z",
      "id" : "21876403"
    }
  },
  {
    "connectedApplication" : {
      "organization" : {
        "name" : ""
      },
      "name" : "BirdCount Log",
      "description" : "Share your field counts to Twitter.",
      "permissions" : [
        "read",
        "write",
        "directmessages"
      ],
      "approvedAt" : "2020-12-01T22:10:05.000Z",
      "id" : "19544218"
    }
  }
]