window.YTD.email_address_change.part0 = [
  {
    "emailAddressChange" : {
      "accountId" : "1116763755830133529",
      "emailChange" : {
        "changedAt" : "2019-04-12T18:03:22.000Z",
        "changedTo" : "ta*****@example.com"
      }
    }
  },
  {
    "emailAddressChange" : {
      "accountId" : "1116763755830133529",
      "emailChange" : {
        "changedAt" : "2023-06-02T19:47:10.000Z",
        "changedFrom" : "ta*****@example.com",
        "changedTo" : "wh*****@example.org"
      }
    }
  }
]