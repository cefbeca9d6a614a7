window.YTD.account_timezone.part0 = [
  {
    "accountTimezone" : {
      "accountId" : "1621907345521876993",
      "timeZone" : "Hobart"
    }
  }
]