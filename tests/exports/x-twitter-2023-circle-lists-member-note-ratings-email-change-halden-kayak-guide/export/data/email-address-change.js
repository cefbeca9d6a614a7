window.YTD.email_address_change.part0 = [
  {
    "emailAddressChange" : {
      "accountId" : "1287344061902254081",
      "emailChange" : {
        "changedAt" : "2020-07-26T11:15:40.000Z",
        "changedTo" : "ingvild.brekke.padling@example.net"
      }
    }
  },
  {
    "emailAddressChange" : {
      "accountId" : "1287344061902254081",
      "emailChange" : {
        "changedAt" : "2023-02-04T09:02:17.000Z",
        "changedTo" : "ingvild.brekke@example.org"
      }
    }
  }
]
