window.YTD.connected_application.part0 = [
  {
    "connectedApplication" : {
      "organization" : {
        "name" : "Hebrides Tide Tables Ltd",
        "url" : "https://tides.example.org",
        "privacyPolicyUrl" : "https://tides.example.org/privacy",
        "termsAndConditionsUrl" : "https://tides.example.org/terms"
      },
      "name" : "TideBoard",
      "description" : "Post tide times for your harbour",
      "permissions" : [
        "read",
        "write"
      ],
      "approvedAt" : "2023-04-11T07:15:32.441Z",
      "id" : "2847301"
    }
  },
  {
    "connectedApplication" : {
      "organization" : {
        "name" : "Twitter, Inc.",
        "url" : "",
        "privacyPolicyUrl" : "",
        "termsAndConditionsUrl" : ""
      },
      "name" : "Twitter for iPhone",
      "description" : "Twitter for iPhone",
      "permissions" : [
        "read",
        "write",
        "directmessages",
        "emailaddress"
      ],
      "approvedAt" : "2021-09-02T18:44:09.102Z",
      "id" : "129032"
    }
  }
]
