window.YTD.email_address_change.part0 = [
  {
    "emailAddressChange" : {
      "accountId" : "1144244787344904192",
      "emailChange" : {
        "changedAt" : "2019-06-27T14:03:12.000Z",
        "changedFrom" : "",
        "changedTo" : "w.vandersluys@example.net"
      }
    }
  },
  {
    "emailAddressChange" : {
      "accountId" : "1144244787344904192",
      "emailChange" : {
        "changedAt" : "2021-11-30T20:16:55.000Z",
        "changedFrom" : "w.vandersluys@example.net",
        "changedTo" : "wren.lights@example.org"
      }
    }
  }
]