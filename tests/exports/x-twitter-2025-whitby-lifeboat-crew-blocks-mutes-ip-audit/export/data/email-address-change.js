window.YTD.email_address_change.part0 = [
  {
    "emailAddressChange" : {
      "accountId" : "1316620457781248003",
      "emailChange" : {
        "changedAt" : "2020-10-12T09:14:27.000Z",
        "changedTo" : "tamsin.ferrow@example.net"
      }
    }
  },
  {
    "emailAddressChange" : {
      "accountId" : "1316620457781248003",
      "emailChange" : {
        "changedAt" : "2024-01-30T18:41:05.000Z",
        "changedFrom" : "tamsin.ferrow@example.net",
        "changedTo" : "t.ferrow.crew@example.org"
      }
    }
  }
]