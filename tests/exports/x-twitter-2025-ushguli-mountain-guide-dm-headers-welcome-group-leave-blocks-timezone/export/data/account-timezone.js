window.YTD.account_timezone.part0 = [
  {
    "accountTimezone" : {
      "accountId" : "1523004817736450048",
      "timeZone" : "Tbilisi"
    }
  }
]