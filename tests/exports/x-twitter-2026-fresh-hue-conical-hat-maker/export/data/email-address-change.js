window.YTD.email_address_change.part0 = [
  {
    "emailAddressChange" : {
      "accountId" : "1103841402994923047",
      "emailChange" : {
        "changedAt" : "2019-03-08T02:14:35.000Z",
        "changedTo" : "mi*****@example.net"
      }
    }
  },
  {
    "emailAddressChange" : {
      "accountId" : "1103841402994923047",
      "emailChange" : {
        "changedAt" : "2023-09-14T06:20:51.000Z",
        "changedFrom" : "mi*****@example.net",
        "changedTo" : "mi*****@example.com"
      }
    }
  }
]