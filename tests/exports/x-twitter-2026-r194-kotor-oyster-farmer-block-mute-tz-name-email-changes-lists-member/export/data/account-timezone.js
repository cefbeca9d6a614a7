window.YTD.account_timezone.part0 = [
  {
    "accountTimezone" : {
      "accountId" : "1452207783301455872",
      "timeZone" : "Belgrade"
    }
  }
]