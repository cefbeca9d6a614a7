window.YTD.email_address_change.part0 = [
  {
    "emailAddressChange" : {
      "accountId" : "1620448817305518080",
      "emailChange" : {
        "changedAt" : "2023-01-31T14:52:08.000Z",
        "changedTo" : "lusinehak1991@example.org"
      }
    }
  },
  {
    "emailAddressChange" : {
      "accountId" : "1620448817305518080",
      "emailChange" : {
        "changedAt" : "2024-03-02T07:40:55.000Z",
        "changedTo" : "lusine.hakobyan@example.net"
      }
    }
  }
]
