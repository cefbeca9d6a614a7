window.YTD.email_address_change.part0 = [
  {
    "emailAddressChange" : {
      "accountId" : "1288416702934118401",
      "emailChange" : {
        "changedAt" : "2021-03-04T09:12:44.000Z",
        "changedTo" : "ottilie.fenwick@example.org"
      }
    }
  },
  {
    "emailAddressChange" : {
      "accountId" : "1288416702934118401",
      "emailChange" : {
        "changedAt" : "2025-01-19T21:40:07.000Z",
        "changedTo" : "o.fenwick-adeyemi@example.net"
      }
    }
  }
]
