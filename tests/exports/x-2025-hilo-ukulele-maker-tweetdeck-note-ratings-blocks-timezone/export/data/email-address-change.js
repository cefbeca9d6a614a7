window.YTD.email_address_change.part0 = [
  {
    "emailAddressChange" : {
      "accountId" : "1284710093625815041",
      "emailChange" : {
        "changedAt" : "2020-07-19T04:12:55.000Z",
        "changedTo" : "lkahananui.ukes@example.net"
      }
    }
  },
  {
    "emailAddressChange" : {
      "accountId" : "1284710093625815041",
      "emailChange" : {
        "changedAt" : "2023-02-06T22:48:31.000Z",
        "changedTo" : "leilani.kahananui@example.com"
      }
    }
  }
]
