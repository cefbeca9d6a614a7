window.YTD.email_address_change.part0 = [
  {
    "emailAddressChange" : {
      "accountId" : "1127139940989436150",
      "emailChange" : {
        "changedAt" : "2019-05-11T09:14:38.000Z",
        "changedTo" : "bi*****@example.org"
      }
    }
  },
  {
    "emailAddressChange" : {
      "accountId" : "1127139940989436150",
      "emailChange" : {
        "changedAt" : "2024-02-20T17:05:41.000Z",
        "changedFrom" : "bi*****@example.org",
        "changedTo" : "bi*****@example.com"
      }
    }
  }
]