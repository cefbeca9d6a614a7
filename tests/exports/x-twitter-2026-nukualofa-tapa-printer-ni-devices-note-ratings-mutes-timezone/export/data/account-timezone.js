window.YTD.account_timezone.part0 = [
  {
    "accountTimezone" : {
      "accountId" : "1561029384756102938",
      "timeZone" : "Nuku'alofa"
    }
  }
]
