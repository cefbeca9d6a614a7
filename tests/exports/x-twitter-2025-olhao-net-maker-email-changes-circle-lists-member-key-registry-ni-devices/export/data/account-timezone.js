window.YTD.account_timezone.part0 = [
  {
    "accountTimezone" : {
      "accountId" : "1398822714306527235",
      "timeZone" : "Lisbon"
    }
  }
]