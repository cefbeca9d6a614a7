window.YTD.email_address_change.part0 = [
  {
    "emailAddressChange" : {
      "accountId" : "1429876103552061441",
      "emailChange" : {
        "changedAt" : "2021-08-23T12:02:19.000Z",
        "changedTo" : "tuulikki.rantanen@example.net"
      }
    }
  },
  {
    "emailAddressChange" : {
      "accountId" : "1429876103552061441",
      "emailChange" : {
        "changedAt" : "2023-11-30T21:37:08.000Z",
        "changedTo" : "t.rantanen.valmennus@example.org"
      }
    }
  }
]
