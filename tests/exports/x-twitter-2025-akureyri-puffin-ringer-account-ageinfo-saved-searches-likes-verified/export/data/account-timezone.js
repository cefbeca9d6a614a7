window.YTD.account_timezone.part0 = [
  {
    "accountTimezone" : {
      "accountId" : "1620445190377283584",
      "timeZone" : "Reykjavik"
    }
  }
]
