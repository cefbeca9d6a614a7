window.YTD.account_timezone.part0 = [
  {
    "accountTimezone" : {
      "accountId" : "1293548755743674369"
    }
  }
]