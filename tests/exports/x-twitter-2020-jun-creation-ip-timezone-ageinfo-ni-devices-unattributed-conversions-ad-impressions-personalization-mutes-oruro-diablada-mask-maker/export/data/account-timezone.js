window.YTD.account_timezone.part0 = [ {
  "accountTimezone" : {
    "accountId" : "3187305542",
    "timeZone" : "La Paz"
  }
} ]