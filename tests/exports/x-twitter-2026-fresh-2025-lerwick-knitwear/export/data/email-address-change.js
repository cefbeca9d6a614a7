window.YTD.email_address_change.part0 = [
  {
    "emailAddressChange" : {
      "accountId" : "709486183076701121",
      "emailChange" : {
        "changedAt" : "2016-03-14T21:07:42.000Z",
        "changedTo" : "in*****@example.net"
      }
    }
  },
  {
    "emailAddressChange" : {
      "accountId" : "709486183076701121",
      "emailChange" : {
        "changedAt" : "2022-09-05T18:33:27.000Z",
        "changedFrom" : "in*****@example.net",
        "changedTo" : "in*****@example.org"
      }
    }
  }
]