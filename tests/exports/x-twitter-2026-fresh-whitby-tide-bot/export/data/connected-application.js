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
      "approvedAt" : "2024-11-08T06:15:34.000Z",
      "id" : "258901"
    }
  },
  {
    "connectedApplication" : {
      "organization" : {
        "name" : "Whitby Weather Watchers (example)",
        "url" : "https://wx-whitby.example.org"
      },
      "name" : "Whitby Tide Poster",
      "description" : "Posts the daily tide table and harbour bar sea state for Whitby.",
      "permissions" : [
        "read",
        "write"
      ],
      "approvedAt" : "2023-06-02T20:04:41.000Z",
      "id" : "27736415"
    }
  }
]