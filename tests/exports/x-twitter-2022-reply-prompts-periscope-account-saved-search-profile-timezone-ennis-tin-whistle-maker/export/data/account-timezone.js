window.YTD.account_timezone.part0 = [
  {
    "accountTimezone" : {
      "accountId" : "1302954418760331265",
      "timeZone" : "Dublin"
    }
  }
]
