window.YTD.account_timezone.part0 = [
  {
    "accountTimezone" : {
      "accountId" : "1683920457718362113",
      "timeZone" : "Windhoek"
    }
  }
]