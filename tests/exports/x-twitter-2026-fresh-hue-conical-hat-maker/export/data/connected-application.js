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
      "approvedAt" : "2024-05-19T03:22:49.000Z",
      "id" : "258901"
    }
  },
  {
    "connectedApplication" : {
      "organization" : {
        "name" : "Sổ Hàng (example)",
        "url" : "https://sohang.example.com",
        "privacyPolicyUrl" : "https://sohang.example.com/privacy",
        "termsAndConditionsUrl" : "https://sohang.example.com/terms"
      },
      "name" : "Sổ Hàng Order Book",
      "description" : "Turns DMs from customers into an order list for small craft shops.",
      "permissions" : [
        "read",
        "write",
        "emailaddress"
      ],
      "approvedAt" : "2025-11-22T06:14:03.000Z",
      "id" : "30817264"
    }
  }
]