window.YTD.email_address_change.part0 = [
  {
    "emailAddressChange" : {
      "accountId" : "1561029384756102938",
      "emailChange" : {
        "changedAt" : "2022-08-14T21:09:41.000Z",
        "changedTo" : "tevita.fifitalund@example.net"
      }
    }
  },
  {
    "emailAddressChange" : {
      "accountId" : "1561029384756102938",
      "emailChange" : {
        "changedAt" : "2024-10-02T05:51:18.000Z",
        "changedTo" : "ngatu.studio@example.org"
      }
    }
  }
]
