window.YTD.account_timezone.part0 = [
  {
    "accountTimezone" : {
      "accountId" : "709486183076701121"
    }
  }
]