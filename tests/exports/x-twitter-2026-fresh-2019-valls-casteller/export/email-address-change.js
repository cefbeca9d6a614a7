window.YTD.email_address_change.part0 = [ {
  "emailAddressChange" : {
    "accountId" : "842617305",
    "emailChange" : {
      "changedAt" : "2017-01-09T10:44:57.000Z",
      "changedFrom" : "montsepv84@example.net",
      "changedTo" : "montse.puigdollers@example.com"
    }
  }
} ]