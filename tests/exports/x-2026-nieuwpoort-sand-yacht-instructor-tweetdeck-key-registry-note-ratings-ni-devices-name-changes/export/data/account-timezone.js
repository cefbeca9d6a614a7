window.YTD.account_timezone.part0 = [
  {
    "accountTimezone" : {
      "accountId" : "1429907731524018177",
      "timeZone" : "Brussels"
    }
  }
]
