window.YTD.email_address_change.part0 = [
  {
    "emailAddressChange" : {
      "accountId" : "1590401736182374401",
      "emailChange" : {
        "changedAt" : "2022-11-09T18:27:52.000Z",
        "changedTo" : "tvasilescu.maps@example.net"
      }
    }
  },
  {
    "emailAddressChange" : {
      "accountId" : "1590401736182374401",
      "emailChange" : {
        "changedAt" : "2025-03-02T09:14:06.000Z",
        "changedFrom" : "tvasilescu.maps@example.net",
        "changedTo" : "teo.vasilescu.park@example.org"
      }
    }
  }
]