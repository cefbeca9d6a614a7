window.YTD.account_timezone.part0 = [
  {
    "accountTimezone" : {
      "accountId" : "1282904417365102592",
      "timeZone" : "La Paz"
    }
  }
]