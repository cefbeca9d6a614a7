window.YTD.account_timezone.part0 = [
  {
    "accountTimezone" : {
      "accountId" : "1487302215566028801",
      "timeZone" : "Buenos Aires"
    }
  }
]