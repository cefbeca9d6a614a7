window.YTD.connected_application.part0 = [
  {
    "connectedApplication" : {
      "organization" : {
        "name" : "Twitter, Inc.",
        "url" : ""
      },
      "name" : "Twitter Web App",
      "description" : "Twitter. Inc",
      "permissions" : [
        "read",
        "write"
      ],
      "approvedAt" : "2024-11-02T21:15:41.000Z",
      "id" : "258901"
    }
  },
  {
    "connectedApplication" : {
      "organization" : {
        "name" : "Seabird Counts NL (example)",
        "url" : "https://seabirdcounts.example.org"
      },
      "name" : "Puffin Tally",
      "description" : "Posts your seabird counts from the boat straight to X.",
      "permissions" : [
        "read",
        "write"
      ],
      "approvedAt" : "2023-06-29T14:47:18.000Z",
      "id" : "27610453"
    }
  }
]