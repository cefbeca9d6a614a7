window.YTD.account_timezone.part0 = [
  {
    "accountTimezone" : {
      "accountId" : "1417730562219847683",
      "timeZone" : "Lisbon"
    }
  }
]
