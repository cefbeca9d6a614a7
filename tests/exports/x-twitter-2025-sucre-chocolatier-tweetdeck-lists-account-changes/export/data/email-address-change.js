window.YTD.email_address_change.part0 = [
  {
    "emailAddressChange" : {
      "accountId" : "1282904417365102592",
      "emailChange" : {
        "changedAt" : "2020-07-14T13:52:08.000Z",
        "changedTo" : "xime.quispe92@example.net"
      }
    }
  },
  {
    "emailAddressChange" : {
      "accountId" : "1282904417365102592",
      "emailChange" : {
        "changedAt" : "2023-03-02T21:20:11.000Z",
        "changedFrom" : "xime.quispe92@example.net",
        "changedTo" : "ximena.quispe.cacao@example.com"
      }
    }
  }
]