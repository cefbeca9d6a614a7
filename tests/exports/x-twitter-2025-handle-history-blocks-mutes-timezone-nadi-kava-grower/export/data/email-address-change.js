window.YTD.email_address_change.part0 = [
  {
    "emailAddressChange" : {
      "accountId" : "1587204936615104518",
      "emailChange" : {
        "changedAt" : "2022-11-03T02:08:44.000Z",
        "changedTo" : "sereana.tuilevu@example.net"
      }
    }
  },
  {
    "emailAddressChange" : {
      "accountId" : "1587204936615104518",
      "emailChange" : {
        "changedAt" : "2024-09-19T08:30:12.000Z",
        "changedTo" : "sereana@nadikavafarm.example.com"
      }
    }
  }
]
