window.YTD.account_timezone.part0 = [
  {
    "accountTimezone" : {
      "accountId" : "1183920475561029376",
      "timeZone" : "Copenhagen"
    }
  }
]