window.YTD.account_timezone.part0 = [
  {
    "accountTimezone" : {
      "accountId" : "1284710093625815041",
      "timeZone" : "Hawaii"
    }
  }
]
