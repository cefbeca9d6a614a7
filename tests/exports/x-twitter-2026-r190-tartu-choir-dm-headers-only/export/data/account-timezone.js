window.YTD.account_timezone.part0 = [
  {
    "accountTimezone" : {
      "accountId" : "1265530981024571392",
      "timeZone" : "Tallinn"
    }
  }
]