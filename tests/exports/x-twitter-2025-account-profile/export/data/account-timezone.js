window.YTD.account_timezone.part0 = [
  {
    "accountTimezone" : {
      "accountId" : "1590401736182374401"
    }
  }
]