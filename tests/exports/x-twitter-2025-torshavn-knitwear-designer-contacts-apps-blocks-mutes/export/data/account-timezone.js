window.YTD.account_timezone.part0 = [
  {
    "accountTimezone" : {
      "accountId" : "1645200000000000318",
      "timeZone" : "Atlantic/Faroe"
    }
  }
]