window.YTD.email_address_change.part0 = [
  {
    "emailAddressChange" : {
      "accountId" : "1452207783301455872",
      "emailChange" : {
        "changedAt" : "2021-10-27T11:20:03.000Z",
        "changedTo" : "milica.vukotic.kamenari@example.net"
      }
    }
  },
  {
    "emailAddressChange" : {
      "accountId" : "1452207783301455872",
      "emailChange" : {
        "changedAt" : "2023-01-14T09:58:31.000Z",
        "changedTo" : "kamenice.boka@example.org"
      }
    }
  }
]