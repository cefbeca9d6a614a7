window.YTD.email_address_change.part0 = [
  {
    "emailAddressChange" : {
      "accountId" : "1555209384716203",
      "emailChange" : {
        "changedAt" : "2019-08-03T11:52:09.000Z",
        "changedTo" : "morag.tweed@example.net",
        "changedFrom" : "m.macaulay.loom@example.com"
      }
    }
  },
  {
    "emailAddressChange" : {
      "accountId" : "1555209384716203",
      "emailChange" : {
        "changedAt" : "2023-02-17T08:14:36.000Z",
        "changedTo" : "morag.macaulay@example.org",
        "changedFrom" : "morag.tweed@example.net"
      }
    }
  }
]
