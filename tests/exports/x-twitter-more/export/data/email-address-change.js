window.YTD.email_address_change.part0 = [
  {
    "emailAddressChange" : {
      "accountId" : "1389000000000000004",
      "emailChange" : {
        "changedAt" : "2021-02-11T18:03:27.000Z",
        "changedFrom" : "marisol.q@example.net",
        "changedTo" : "marisol.quintero@example.com"
      }
    }
  }
]