window.YTD.account_timezone.part0 = [
  {
    "accountTimezone" : {
      "accountId" : "1287344061902254081",
      "timeZone" : "Stockholm"
    }
  }
]
