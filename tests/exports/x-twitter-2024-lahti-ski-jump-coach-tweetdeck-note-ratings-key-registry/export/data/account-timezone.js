window.YTD.account_timezone.part0 = [
  {
    "accountTimezone" : {
      "accountId" : "1429876103552061441",
      "timeZone" : "Helsinki"
    }
  }
]
