window.YTD.connected_application.part0 = [
  {
    "connectedApplication" : {
      "organization" : {
        "name" : "Twitter, Inc.",
        "url" : ""
      },
      "name" : "Twitter for iPhone",
      "description" : "Twitter for iPhone",
      "permissions" : [
        "read",
        "write"
      ],
      "approvedAt" : "2025-06-11T20:14:09.000Z",
      "id" : "2871036"
    }
  },
  {
    "connectedApplication" : {
      "organization" : {
        "name" : "Loomcast Ltd (example)",
        "url" : "https://loomcast.example.com"
      },
      "name" : "Loomcast Scheduler",
      "description" : "Plan and queue posts for small craft shops.",
      "permissions" : [
        "read",
        "write"
      ],
      "approvedAt" : "2024-10-02T09:27:44.000Z",
      "id" : "29518830"
    }
  }
]