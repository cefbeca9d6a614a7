window.YTD.connected_application.part0 = [
  {
    "connectedApplication" : {
      "organization" : {
        "name" : "Twitter",
        "url" : ""
      },
      "name" : "Twitter for iPhone",
      "description" : "Twitter for iPhone",
      "permissions" : [
        "read",
        "write"
      ],
      "approvedAt" : "2020-09-04T10:12:55.000Z",
      "id" : "129032"
    }
  },
  {
    "connectedApplication" : {
      "organization" : {
        "name" : "Example Scheduling Ltd",
        "url" : "https://scheduler.example.com/",
        "privacyPolicyUrl" : "https://scheduler.example.com/privacy/",
        "termsAndConditionsUrl" : "https://scheduler.example.com/terms/"
      },
      "name" : "Example Scheduler",
      "description" : "Plan and schedule your posts across accounts.",
      "permissions" : [
        "read",
        "write",
        "directmessages"
      ],
      "approvedAt" : "2022-05-17T08:30:44.000Z",
      "id" : "24819377"
    }
  },
  {
    "connectedApplication" : {
      "organization" : {
        "name" : ""
      },
      "name" : "mq-bookmark-bot",
      "description" : "This app was created to use the Twitter API.",
      "permissions" : [
        "read"
      ],
      "approvedAt" : "2022-11-02T22:05:10.000Z",
      "id" : "26330581"
    }
  }
]