window.YTD.account_timezone.part0 = [
  {
    "accountTimezone" : {
      "accountId" : "1402857719034265601",
      "timeZone" : "Quito"
    }
  }
]
