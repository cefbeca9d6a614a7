window.YTD.email_address_change.part0 = [
  {
    "emailAddressChange" : {
      "accountId" : "1412098365527719941",
      "emailChange" : {
        "changedAt" : "2021-07-09T21:12:40.000Z",
        "changedTo" : "magnus.flett.pilot@example.net"
      }
    }
  },
  {
    "emailAddressChange" : {
      "accountId" : "1412098365527719941",
      "emailChange" : {
        "changedAt" : "2024-01-16T09:58:03.000Z",
        "changedTo" : "m.flett@example.org",
        "changedFrom" : "magnus.flett.pilot@example.net"
      }
    }
  }
]