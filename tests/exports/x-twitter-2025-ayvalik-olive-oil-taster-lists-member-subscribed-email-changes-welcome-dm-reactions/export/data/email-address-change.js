window.YTD.email_address_change.part0 = [
  {
    "emailAddressChange" : {
      "accountId" : "1592038475610293847",
      "emailChange" : {
        "changedAt" : "2022-11-14T08:12:40.000Z",
        "changedTo" : "ebru.kalkan.tadim@example.com"
      }
    }
  },
  {
    "emailAddressChange" : {
      "accountId" : "1592038475610293847",
      "emailChange" : {
        "changedAt" : "2024-03-02T19:47:05.000Z",
        "changedFrom" : "ebru.kalkan.tadim@example.com",
        "changedTo" : "ebru@kalkan-zeytin.example.org"
      }
    }
  }
]