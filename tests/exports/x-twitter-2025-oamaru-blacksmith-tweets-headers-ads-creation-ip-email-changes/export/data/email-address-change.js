window.YTD.email_address_change.part0 = [
  {
    "emailAddressChange" : {
      "accountId" : "563018842",
      "emailChange" : {
        "changedAt" : "2012-04-26T09:41:17.000Z",
        "changedTo" : "th*****@example.net"
      }
    }
  },
  {
    "emailAddressChange" : {
      "accountId" : "563018842",
      "emailChange" : {
        "changedAt" : "2019-08-02T22:05:48.000Z",
        "changedFrom" : "th*****@example.net",
        "changedTo" : "fo*****@example.com"
      }
    }
  },
  {
    "emailAddressChange" : {
      "accountId" : "563018842",
      "emailChange" : {
        "changedAt" : "2024-10-15T03:30:09.000Z",
        "changedFrom" : "fo*****@example.com",
        "changedTo" : "ha*****@example.org"
      }
    }
  }
]
