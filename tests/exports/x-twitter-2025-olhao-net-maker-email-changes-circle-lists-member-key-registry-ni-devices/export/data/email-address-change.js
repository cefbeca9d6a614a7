window.YTD.email_address_change.part0 = [
  {
    "emailAddressChange" : {
      "accountId" : "1398822714306527235",
      "emailChange" : {
        "changedAt" : "2023-03-14T09:22:41.000Z",
        "changedTo" : "ines.cabrita.redes@example.com"
      }
    }
  },
  {
    "emailAddressChange" : {
      "accountId" : "1398822714306527235",
      "emailChange" : {
        "changedAt" : "2024-11-02T18:05:13.000Z",
        "changedFrom" : "ines.cabrita.redes@example.com",
        "changedTo" : "inescabrita.olhao@example.org"
      }
    }
  }
]