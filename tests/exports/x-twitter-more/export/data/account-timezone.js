window.YTD.account_timezone.part0 = [
  {
    "accountTimezone" : {
      "accountId" : "1389000000000000004",
      "timeZone" : "Madrid"
    }
  }
]